import type { AnyExtension } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { UtteranceNode } from './UtteranceNode.ts';

/** The transcript document: any number of utterances, so an empty transcript is valid. */
export const TranscriptDocument = Document.extend({ content: 'block*' });

/** The extensions that define the transcript's schema, before collaboration and views are added. */
export function transcriptSchemaExtensions(
  utterance: AnyExtension = UtteranceNode,
): AnyExtension[] {
  return [TranscriptDocument, Text, utterance];
}
