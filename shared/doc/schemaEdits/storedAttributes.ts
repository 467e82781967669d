import type { Label } from '../../schema/labelSchema.ts';
import type { StoredEntry } from './editSchemaEntry.ts';

/**
 * A stored label's attributes as they are stored, with any fields this client does not know, so an
 * edit of one attribute writes the others back unchanged. Called only on a label that validated.
 */
export function storedAttributes(stored: StoredEntry): NonNullable<Label['attributes']> {
  const attributes = stored['attributes'];
  return Array.isArray(attributes) ? (attributes as NonNullable<Label['attributes']>) : [];
}
