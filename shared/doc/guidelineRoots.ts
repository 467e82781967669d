/** The guidelines text: the Y.XmlFragment the Tiptap editor of `<projectId>/_/guidelines` is bound to. */
export const ROOT_GUIDELINES_TEXT = 'text';

/** The guidelines' named versions: a Y.Array of plain JSON values (see shared/schema/guidelineVersion.ts). */
export const ROOT_GUIDELINES_VERSIONS = 'versions';

/** ProseMirror node names that code outside the editor writes into the guidelines text. */
export const GUIDELINE_NODE = {
  paragraph: 'paragraph',
  heading: 'heading',
  image: 'image',
  /** A disagreement case: a block of paragraphs (and a frame image) pointing at an item under review. */
  example: 'disagreementExample',
} as const;

/** ProseMirror mark names that code outside the editor writes into the guidelines text. */
export const GUIDELINE_MARK = { bold: 'bold', link: 'link' } as const;

/**
 * The attributes every link in the guidelines carries besides `href`. The editor's link extension
 * is configured with the same values, so a link written without the editor open is the link the
 * editor would have written.
 */
export const GUIDELINE_LINK_ATTRS = {
  target: '_blank',
  rel: 'noopener noreferrer nofollow',
} as const;
