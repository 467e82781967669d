import type * as Y from 'yjs';
import type { z } from 'zod';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { SchemaRoot } from './SchemaRoot.ts';

/** An entry as it is stored, with any fields a newer client wrote that this one does not know. */
export type StoredEntry = Readonly<Record<string, unknown>>;

/** The fields an edit sets; a field set to `undefined` is removed. */
export type EntryPatch<T> = { [K in keyof T]?: T[K] | undefined };

function isStoredEntry(value: unknown): value is StoredEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withPatch(stored: StoredEntry, patch: Readonly<Record<string, unknown>>): StoredEntry {
  const next: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  return next;
}

/** The first problem zod found, as a sentence naming the entry and the field. */
export function describeInvalidEntry(noun: string, id: string, error: z.ZodError): string {
  const [issue] = error.issues;
  const field = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `${noun} ${id} would not be valid${field}: ${issue?.message ?? 'unknown problem'}`;
}

/**
 * Changes one entry of a schema root in one transaction: reads and validates it, applies the
 * fields `change` returns on top of the stored value (keeping fields this client does not know),
 * validates the result and writes it back only when it differs.
 */
export function editSchemaEntry<T extends { id: string }>(
  doc: Y.Doc,
  target: SchemaRoot<T>,
  id: string,
  change: (entry: T, stored: StoredEntry) => Result<EntryPatch<T>>,
  origin: unknown,
): Result<T> {
  return doc.transact((): Result<T> => {
    const entries = doc.getMap<unknown>(target.root);
    const stored = entries.get(id);
    if (stored === undefined)
      return fail(`there is no ${target.noun} with id ${JSON.stringify(id)}`);
    const current = target.schema.safeParse(stored);
    if (!current.success || current.data.id !== id || !isStoredEntry(stored)) {
      return fail(`${target.noun} ${id} is malformed in the stored schema, so it cannot be edited`);
    }
    const patch = change(current.data, stored);
    if (!patch.ok) return patch;
    const next = withPatch(stored, patch.value);
    const checked = target.schema.safeParse(next);
    if (!checked.success) return fail(describeInvalidEntry(target.noun, id, checked.error));
    if (JSON.stringify(next) !== JSON.stringify(stored)) entries.set(id, next);
    return ok(checked.data);
  }, origin);
}
