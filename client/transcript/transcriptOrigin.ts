import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * Origin of transcript edits that change text and segments together. It is the origin y-prosemirror
 * gives the editor's own edits, so the editor's collaborative undo records them as one step.
 */
export const TRANSCRIPT_ORIGIN: unknown = ySyncPluginKey;
