import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { FIELD_ATTRIBUTES } from '../../shared/doc/roots.ts';
import type { AttributeValue } from '../../shared/schema/recordBase.ts';
import { attributeValueSchema, sourceSchema } from '../../shared/schema/recordBase.ts';

/** The fields of a record that readLayer does not give: when it was made, by what, its attributes. */
export interface RecordExtras {
  createdAt: number;
  source: string;
  attributes: Record<string, AttributeValue>;
}

function attributesOf(stored: unknown): Record<string, AttributeValue> {
  const entries = stored instanceof Y.Map ? [...stored.entries()] : [];
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of entries) {
    const parsed = attributeValueSchema.safeParse(value);
    if (parsed.success && name.length <= 64) attributes[name] = parsed.data;
  }
  return attributes;
}

/** Reads those fields, normalised the way readLayer normalises the rest: malformed values read as defaults. */
export function readRecordExtras(doc: Y.Doc, recordId: string): RecordExtras {
  const record = objectsOf(doc).get(recordId);
  if (!(record instanceof Y.Map)) return { createdAt: 0, source: 'human', attributes: {} };
  const createdAt = record.get('createdAt');
  const source = sourceSchema.safeParse(record.get('source'));
  return {
    createdAt:
      typeof createdAt === 'number' && Number.isSafeInteger(createdAt) && createdAt >= 0
        ? createdAt
        : 0,
    source: source.success ? source.data : 'human',
    attributes: attributesOf(record.get(FIELD_ATTRIBUTES)),
  };
}
