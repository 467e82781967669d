import type { Editor } from '@tiptap/core';
import { newRecordId } from '../../shared/schema/ids.ts';
import { asOwnUndoStep } from './asOwnUndoStep.ts';
import { placeCaretInUtterance } from './placeCaretInUtterance.ts';
import { readSelectionFromDom } from './readSelectionFromDom.ts';
import { readUtteranceSegment } from './readUtteranceSegment.ts';
import { splitTimeMs } from './splitTimeMs.ts';
import { splitUtterance } from './splitUtterance.ts';
import type { TranscriptContext } from './transcriptContextStore.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

/**
 * Enter: splits the utterance at the caret, text and segment in one transaction. Returns false to let
 * the editor split an utterance that is bound to no segment the ordinary way.
 */
export function splitUtteranceAtCaret(editor: Editor, context: TranscriptContext): boolean {
  if (!editor.isEditable) return false;
  readSelectionFromDom(editor);
  const { $from, $to } = editor.state.selection;
  if ($from.parent !== $to.parent) return true;
  const segmentId = utteranceSegmentIdOf($from.parent);
  if (segmentId === null) return false;
  if (!editor.state.selection.empty) editor.commands.deleteSelection();
  const { $from: caret } = editor.state.selection;
  const segment = readUtteranceSegment(context.doc, segmentId);
  if (!segment.ok) {
    context.onError(segment.error);
    return true;
  }
  const atMs = splitTimeMs(
    segment.value,
    caret.parentOffset,
    caret.parent.content.size,
    context.playheadMs,
  );
  if (atMs === null) {
    context.onError('this utterance is too short to split: it lasts less than 2 ms');
    return true;
  }
  const split = asOwnUndoStep(editor, () =>
    splitUtterance(context.doc, {
      segmentId,
      textOffset: caret.parentOffset,
      atMs,
      newSegmentId: newRecordId(),
      author: context.author(),
    }),
  );
  if (split.ok) placeCaretInUtterance(editor, split.value, 0);
  else context.onError(split.error);
  return true;
}
