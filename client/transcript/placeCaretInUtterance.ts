import type { Editor } from '@tiptap/core';
import { UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';

/** Puts the caret `offset` positions into the utterance bound to a segment, and scrolls to it. */
export function placeCaretInUtterance(editor: Editor, segmentId: string, offset: number): boolean {
  let target: number | null = null;
  editor.state.doc.forEach((node, position) => {
    if (target === null && node.attrs[UTTERANCE_SEGMENT_ATTR] === segmentId) {
      target = position + 1 + Math.min(offset, node.content.size);
    }
  });
  if (target === null) return false;
  return editor.chain().focus().setTextSelection(target).scrollIntoView().run();
}
