import type { Editor } from '@tiptap/core';
import { asOwnUndoStep } from './asOwnUndoStep.ts';
import { mergeUtterances } from './mergeUtterances.ts';
import { placeCaretInUtterance } from './placeCaretInUtterance.ts';
import { readSelectionFromDom } from './readSelectionFromDom.ts';
import type { TranscriptContext } from './transcriptContextStore.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

/**
 * Backspace at the start (or Delete at the end) of an utterance: merges it with its neighbour, text
 * and segments in one transaction. Returns false to leave every other case to the editor.
 */
export function mergeUtteranceAtCaret(
  editor: Editor,
  context: TranscriptContext,
  direction: 'backward' | 'forward',
): boolean {
  if (!editor.isEditable) return false;
  readSelectionFromDom(editor);
  const { selection, doc } = editor.state;
  if (!selection.empty) return false;
  const { $from } = selection;
  const atEdge =
    direction === 'backward'
      ? $from.parentOffset === 0
      : $from.parentOffset === $from.parent.content.size;
  if (!atEdge || $from.depth !== 1) return false;
  const index = $from.index(0);
  const neighbour =
    direction === 'backward' ? doc.maybeChild(index - 1) : doc.maybeChild(index + 1);
  const [first, second] =
    direction === 'backward' ? [neighbour, $from.parent] : [$from.parent, neighbour];
  const firstSegmentId = utteranceSegmentIdOf(first);
  const secondSegmentId = utteranceSegmentIdOf(second);
  if (firstSegmentId === null || secondSegmentId === null) return false;
  const merged = asOwnUndoStep(editor, () =>
    mergeUtterances(context.doc, { firstSegmentId, secondSegmentId, author: context.author() }),
  );
  // A merge the transcript cannot make (a segment went missing) is left to the editor's own join.
  if (!merged.ok) return false;
  placeCaretInUtterance(editor, firstSegmentId, merged.value);
  return true;
}
