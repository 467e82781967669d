import type { AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';
import { GUIDELINE_LINK_ATTRS } from '../../shared/doc/guidelineRoots.ts';
import { DisagreementExampleNode } from './DisagreementExampleNode.ts';

/**
 * The extensions that define the guidelines' schema and formatting: headings, bold, italic,
 * lists, links, images and disagreement examples. Undo comes from the collaboration extension,
 * and a trailing paragraph is not forced, since two editors would each add one.
 */
export function guidelineSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: true,
        autolink: true,
        HTMLAttributes: { ...GUIDELINE_LINK_ATTRS, class: null },
      },
    }),
    Image.configure({ inline: false }),
    DisagreementExampleNode,
  ];
}
