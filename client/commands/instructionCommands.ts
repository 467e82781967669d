import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { textLinkEnd } from '../../shared/doc/textLinkEnd.ts';
import {
  addInstructionReference,
  createInstruction,
  editInstructionText,
  instructionsOf,
} from '../../shared/doc/writeInstructions.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import type { LinkTarget } from './linkObjects.ts';

/** Instruction-tuning items: create one, write its prompt or response, point it at annotations. */
export interface InstructionCommands {
  createInstruction(): Result<string>;
  editInstruction(id: string, field: 'prompt' | 'response', text: string): Result<true>;
  referToTarget(id: string, target: LinkTarget): Result<true>;
  deleteInstruction(id: string): Result<true>;
}

const MAX_TEXT = 100_000;

/** Binds the instruction commands to one layer document and author. */
export function createInstructionCommands(context: CommandContext): InstructionCommands {
  const gone = (id: string) =>
    fail<true>(`instruction ${id} no longer exists: someone may have deleted it`);
  return {
    createInstruction() {
      const writable = checkWritable(context);
      if (!writable.ok) return writable;
      const id = newRecordId();
      createInstruction(
        context.doc,
        { id, prompt: '', response: '' },
        context.author(),
        LOCAL_ORIGIN,
      );
      return ok(id);
    },
    editInstruction(id, field, text) {
      const writable = checkWritable(context);
      if (!writable.ok) return writable;
      if (text.length > MAX_TEXT) return fail(`the ${field} is longer than ${MAX_TEXT} characters`);
      const edited = editInstructionText(
        context.doc,
        id,
        field,
        text,
        context.author(),
        LOCAL_ORIGIN,
      );
      return edited ? ok(true) : gone(id);
    },
    referToTarget(id, target) {
      const writable = checkWritable(context);
      if (!writable.ok) return writable;
      const end =
        target.kind === 'text'
          ? textLinkEnd(context.doc, target.segmentId, target.from, target.to)
          : ok({ kind: 'object' as const, objectId: target.id, startMs: null, endMs: null });
      if (!end.ok) return end;
      const added = addInstructionReference(
        context.doc,
        id,
        end.value,
        context.author(),
        LOCAL_ORIGIN,
      );
      return added ? ok(true) : gone(id);
    },
    deleteInstruction(id) {
      const writable = checkWritable(context);
      if (!writable.ok) return writable;
      if (!instructionsOf(context.doc).has(id)) return gone(id);
      context.doc.transact(() => instructionsOf(context.doc).delete(id), LOCAL_ORIGIN);
      return ok(true);
    },
  };
}
