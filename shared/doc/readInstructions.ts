import * as Y from 'yjs';
import { linkEndSchema } from '../schema/link.ts';
import type { InstructionView, LinkEndView, Violation } from './readLayer.ts';
import { resolveTextLinkEnd } from './textLinkEnd.ts';
import {
  INSTRUCTION_PROMPT,
  INSTRUCTION_REFERENCES,
  INSTRUCTION_RESPONSE,
  instructionsOf,
} from './writeInstructions.ts';

function text(value: unknown): string {
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
}

/** Reads the `instructions` root, sorted by id; malformed items and references are reported. */
export function readInstructions(doc: Y.Doc, violations: Violation[]): InstructionView[] {
  const items: InstructionView[] = [];
  for (const [id, item] of instructionsOf(doc).entries()) {
    if (!(item instanceof Y.Map)) {
      violations.push({
        recordId: id,
        field: 'instructions',
        message: `instruction ${id} is malformed; ignored`,
      });
      continue;
    }
    const stored = item.get(INSTRUCTION_REFERENCES);
    const references: LinkEndView[] = [];
    for (const value of stored instanceof Y.Array ? stored.toArray() : []) {
      const parsed = linkEndSchema.safeParse(value);
      if (!parsed.success) {
        violations.push({
          recordId: id,
          field: INSTRUCTION_REFERENCES,
          message: `a reference of instruction ${id} is malformed; ignored`,
        });
      } else if (parsed.data.kind === 'object') references.push(parsed.data);
      else {
        const { segmentId, quote } = parsed.data;
        references.push({
          kind: 'text',
          segmentId,
          quote,
          span: resolveTextLinkEnd(doc, parsed.data),
        });
      }
    }
    items.push({
      id,
      prompt: text(item.get(INSTRUCTION_PROMPT)),
      response: text(item.get(INSTRUCTION_RESPONSE)),
      references,
      createdBy: text(item.get('createdBy')),
      updatedBy: text(item.get('updatedBy')),
    });
  }
  return items.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
