import type { Editor } from '@tiptap/core';
import { newRecordId } from '../../shared/schema/ids.ts';
import { asOwnUndoStep } from './asOwnUndoStep.ts';
import { insertUtterance } from './insertUtterance.ts';
import { placeCaretInUtterance } from './placeCaretInUtterance.ts';
import type { TranscriptContext } from './transcriptContextStore.ts';

/** How long a new utterance lasts until someone trims it on the timeline. */
export const NEW_UTTERANCE_MS = 2_000;

/** Creates an empty utterance of NEW_UTTERANCE_MS at the playhead and puts the caret in it. */
export function insertUtteranceAtPlayhead(editor: Editor, context: TranscriptContext): boolean {
  if (!editor.isEditable || !context.canWrite) return false;
  if (context.transcriptTierId === null) {
    context.onError('this project has no transcript tier: add one to the label schema first');
    return true;
  }
  const startMs = Math.max(0, Math.round(context.playheadMs));
  const segmentId = newRecordId();
  const tierId = context.transcriptTierId;
  const inserted = asOwnUndoStep(editor, () =>
    insertUtterance(context.doc, {
      segmentId,
      tierId,
      range: { startMs, endMs: startMs + NEW_UTTERANCE_MS },
      speaker: null,
      author: context.author(),
    }),
  );
  if (!inserted.ok) {
    context.onError(inserted.error);
    return true;
  }
  placeCaretInUtterance(editor, segmentId, 0);
  return true;
}
