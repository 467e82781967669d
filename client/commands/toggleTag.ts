import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { addTag, tagIdOf } from '../../shared/doc/writeTags.ts';
import { deleteRecord } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** Adds the label as an item tag, or removes it when the item has it; the result says which. */
export function toggleTag(context: CommandContext, labelId: string): Result<'added' | 'removed'> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const id = tagIdOf(labelId);
  if (objectsOf(context.doc).has(id)) {
    deleteRecord(context.doc, id, LOCAL_ORIGIN);
    return ok('removed');
  }
  try {
    addTag(context.doc, labelId, context.author(), LOCAL_ORIGIN);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return ok('added');
}
