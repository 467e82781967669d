import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { updateLink } from '../../shared/doc/writeLinks.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** Changes the relation type of a link. */
export function retypeLink(
  context: CommandContext,
  linkId: string,
  relationTypeId: string | null,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const changed = updateLink(
    context.doc,
    linkId,
    { relationTypeId },
    context.author(),
    LOCAL_ORIGIN,
  );
  return changed ? ok(true) : fail(`link ${linkId} no longer exists: someone may have deleted it`);
}
