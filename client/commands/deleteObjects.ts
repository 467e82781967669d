import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { deleteRecord } from '../../shared/doc/writeRecords.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** Deletes every selected object and link in one step; the result is how many went. */
export function deleteObjects(
  context: CommandContext,
  recordIds: readonly string[],
): Result<number> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const objects = objectsOf(context.doc);
  const links = linksOf(context.doc);
  const present = recordIds.filter((id) => objects.has(id));
  const linked = recordIds.filter((id) => links.has(id));
  if (present.length + linked.length === 0) return ok(0);
  context.doc.transact(() => {
    for (const id of present) deleteRecord(context.doc, id, LOCAL_ORIGIN);
    for (const id of linked) links.delete(id);
  }, LOCAL_ORIGIN);
  return ok(present.length + linked.length);
}
