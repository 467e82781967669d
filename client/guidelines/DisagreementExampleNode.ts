import { mergeAttributes, Node } from '@tiptap/core';
import { GUIDELINE_NODE } from '../../shared/doc/guidelineRoots.ts';

/** A string attribute kept in the HTML as `data-<htmlName>`. */
function dataAttribute(attribute: string, htmlName: string) {
  return {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${htmlName}`),
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[attribute];
      return typeof value === 'string' ? { [`data-${htmlName}`]: value } : {};
    },
  };
}

/**
 * A disagreement case in the guidelines (see shared/doc/guidelineExamples.ts): a framed block of
 * ordinary paragraphs and images. Any blocks may sit inside, none required, so a concurrent edit
 * never leaves it invalid.
 */
export const DisagreementExampleNode = Node.create({
  name: GUIDELINE_NODE.example,
  group: 'block',
  content: 'block*',
  defining: true,
  isolating: true,

  addAttributes() {
    return { itemId: dataAttribute('itemId', 'item-id'), kind: dataAttribute('kind', 'kind') };
  },

  parseHTML() {
    return [{ tag: 'section[data-disagreement-example]' }];
  },

  renderHTML({ HTMLAttributes }) {
    const own = { 'data-disagreement-example': '', class: 'guideline-example' };
    return ['section', mergeAttributes(own, HTMLAttributes), 0];
  },
});
