import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';

const MAX_NAME_LENGTH = 200;

/** Folds a name for comparison: "Car", " car " and "CAR" are the same name. */
function foldName(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/**
 * A schema entry's new name, trimmed: refused when empty, too long, or already the name of one of
 * `siblings` other than `selfId` (ignoring case).
 */
export function checkEntryName(
  name: string,
  noun: string,
  siblings: readonly { id: string; name: string }[],
  selfId: string | null = null,
): Result<string> {
  const trimmed = name.trim();
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  if (trimmed === '') return fail(`${article} ${noun} needs a name`);
  if (trimmed.length > MAX_NAME_LENGTH) {
    return fail(
      `the name of ${article} ${noun} is at most ${MAX_NAME_LENGTH} characters; this one has ${trimmed.length}`,
    );
  }
  const holder = siblings.find(
    (sibling) => sibling.id !== selfId && foldName(sibling.name) === foldName(trimmed),
  );
  if (holder) {
    return fail(
      `${JSON.stringify(trimmed)} is already the name of ${noun} ${holder.id} (${JSON.stringify(holder.name)}); names must differ, ignoring case`,
    );
  }
  return ok(trimmed);
}
