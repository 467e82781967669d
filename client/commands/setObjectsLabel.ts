import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setLabel } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** Gives every selected object (tracks and segments alike) one label in one step; the result is how many changed. */
export function setObjectsLabel(
  context: CommandContext,
  recordIds: readonly string[],
  labelId: string | null,
): Result<number> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const objects = objectsOf(context.doc);
  const changing = recordIds.filter((id) => {
    const record = objects.get(id);
    return record instanceof Y.Map && record.get('labelId') !== labelId;
  });
  if (changing.length === 0) return ok(0);
  const author = context.author();
  context.doc.transact(() => {
    for (const id of changing) setLabel(context.doc, id, labelId, author, LOCAL_ORIGIN);
  }, LOCAL_ORIGIN);
  return ok(changing.length);
}
