import * as Y from 'yjs';
import type { LinkEnd } from '../schema/link.ts';
import { linkEndSchema } from '../schema/link.ts';
import { ROOT_INSTRUCTIONS } from './roots.ts';
import type { Author } from './writeRecordBase.ts';

/** An instruction item as stored: prompt and response text, and what they refer to. */
export type YInstruction = Y.Map<unknown>;

/** The `instructions` root: instruction-tuning items by id. */
export function instructionsOf(doc: Y.Doc): Y.Map<YInstruction> {
  return doc.getMap<YInstruction>(ROOT_INSTRUCTIONS);
}

/** Fields of an instruction item; the texts are Y.Text so several people can write them at once. */
export const INSTRUCTION_PROMPT = 'prompt';
export const INSTRUCTION_RESPONSE = 'response';
export const INSTRUCTION_REFERENCES = 'references';

/** Creates an instruction item with its texts and reference list made in the same transaction. */
export function createInstruction(
  doc: Y.Doc,
  input: { id: string; prompt: string; response: string },
  author: Author,
  origin: unknown,
): void {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(input.id))
    throw new RangeError(`${input.id} is not a record id`);
  doc.transact(() => {
    const item: YInstruction = new Y.Map();
    instructionsOf(doc).set(input.id, item);
    item.set('id', input.id);
    item.set(INSTRUCTION_PROMPT, new Y.Text(input.prompt));
    item.set(INSTRUCTION_RESPONSE, new Y.Text(input.response));
    item.set(INSTRUCTION_REFERENCES, new Y.Array<LinkEnd>());
    item.set('createdBy', author.userId);
    item.set('createdAt', Math.floor(author.nowMs));
    item.set('updatedBy', author.userId);
  }, origin);
}

/** Adds what an instruction refers to (an object, or words of an utterance); false when it is gone. */
export function addInstructionReference(
  doc: Y.Doc,
  instructionId: string,
  reference: LinkEnd,
  author: Author,
  origin: unknown,
): boolean {
  const item = instructionsOf(doc).get(instructionId);
  const references = item?.get(INSTRUCTION_REFERENCES);
  if (!item || !(references instanceof Y.Array)) return false;
  const checked = linkEndSchema.parse(reference);
  doc.transact(() => {
    references.push([checked]);
    item.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/**
 * Replaces an instruction text with `next` by the smallest single edit (common prefix and suffix
 * kept), so a concurrent edit elsewhere in the text survives.
 */
export function editInstructionText(
  doc: Y.Doc,
  instructionId: string,
  field: typeof INSTRUCTION_PROMPT | typeof INSTRUCTION_RESPONSE,
  next: string,
  author: Author,
  origin: unknown,
): boolean {
  const item = instructionsOf(doc).get(instructionId);
  const text = item?.get(field);
  if (!item || !(text instanceof Y.Text)) return false;
  const current = text.toString();
  if (current === next) return true;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start])
    start += 1;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  doc.transact(() => {
    text.delete(start, current.length - start - end);
    text.insert(start, next.slice(start, next.length - end));
    item.set('updatedBy', author.userId);
  }, origin);
  return true;
}
