import { Node } from '@tiptap/core';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';

/**
 * One utterance's text, bound to its segment by id. The schema is permissive on purpose: any inline
 * content and any other attribute is accepted, so a concurrent edit never makes the editor drop it.
 */
export const UtteranceNode = Node.create({
  name: UTTERANCE_NODE,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return {
      [UTTERANCE_SEGMENT_ATTR]: {
        default: null,
        // A split makes a new utterance, which gets its own segment.
        keepOnSplit: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-segment-id'),
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes[UTTERANCE_SEGMENT_ATTR] === 'string'
            ? { 'data-segment-id': attributes[UTTERANCE_SEGMENT_ATTR] }
            : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-utterance]' }, { tag: 'p' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-utterance': '' }, 0];
  },
});
