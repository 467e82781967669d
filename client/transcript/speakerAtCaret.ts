import type { Editor } from '@tiptap/core';
import type { TranscriptContext } from './transcriptContextStore.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

/**
 * Alt+1…9: gives the utterance at the caret the n-th known speaker (Alt+0 clears it). True when the
 * key was used, so the editor types nothing.
 */
export function speakerAtCaret(
  editor: Editor,
  context: TranscriptContext,
  number: number,
): boolean {
  const segmentId = utteranceSegmentIdOf(editor.state.selection.$from.parent);
  if (segmentId === null) return false;
  if (!context.canWrite) {
    context.onError('this transcript is open read-only');
    return true;
  }
  if (number === 0) {
    context.setSpeaker(segmentId, null);
    return true;
  }
  const speaker = context.speakers[number - 1];
  if (speaker === undefined) {
    context.onError(
      `there is no speaker ${number}: ${context.speakers.length} named so far (type a name in an utterance's speaker field first)`,
    );
    return true;
  }
  context.setSpeaker(segmentId, speaker);
  return true;
}
