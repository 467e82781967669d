import type { Editor } from '@tiptap/core';
import { asOwnUndoStep } from './asOwnUndoStep.ts';
import { deleteAcrossUtterances } from './deleteAcrossUtterances.ts';
import { placeCaretInUtterance } from './placeCaretInUtterance.ts';
import { readSelectionFromDom } from './readSelectionFromDom.ts';
import type { TranscriptContext } from './transcriptContextStore.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

/**
 * Backspace or Delete over a selection that runs across utterances: deletes the text and joins what
 * is left, text and segments in one transaction. Returns false for a selection inside one utterance
 * (the editor deletes it) or one the transcript cannot read (the editor's own join applies).
 */
export function deleteSelectionAcrossUtterances(
  editor: Editor,
  context: TranscriptContext,
): boolean {
  if (!editor.isEditable) return false;
  readSelectionFromDom(editor);
  const { $from, $to, empty } = editor.state.selection;
  if (empty || $from.parent === $to.parent || $from.depth !== 1 || $to.depth !== 1) return false;
  const fromSegmentId = utteranceSegmentIdOf($from.parent);
  const toSegmentId = utteranceSegmentIdOf($to.parent);
  if (fromSegmentId === null || toSegmentId === null) return false;
  const deleted = asOwnUndoStep(editor, () =>
    deleteAcrossUtterances(context.doc, {
      fromSegmentId,
      fromOffset: $from.parentOffset,
      toSegmentId,
      toOffset: $to.parentOffset,
      author: context.author(),
    }),
  );
  if (!deleted.ok) return false;
  placeCaretInUtterance(editor, fromSegmentId, $from.parentOffset);
  return true;
}
