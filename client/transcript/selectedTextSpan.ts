import type { EditorState } from '@tiptap/pm/state';
import type { TextSpan } from './TextSpan.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

/** The words selected in the transcript when they lie inside one bound utterance; null otherwise. */
export function selectedTextSpan(state: EditorState): TextSpan | null {
  const { $from, $to, empty } = state.selection;
  if (empty || $from.parent !== $to.parent) return null;
  const segmentId = utteranceSegmentIdOf($from.parent);
  if (segmentId === null) return null;
  const from = $from.parentOffset;
  const to = $to.parentOffset;
  return { segmentId, from, to, text: $from.parent.textBetween(from, to, ' ', '\uFFFC') };
}
