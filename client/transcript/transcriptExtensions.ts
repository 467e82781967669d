import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { ReactNodeViewRenderer } from '@tiptap/react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ROOT_TRANSCRIPT } from '../../shared/doc/roots.ts';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import { caretAwareness } from './caretAwareness.ts';
import { renderCaret, renderCaretSelection } from './renderCaret.ts';
import type { TranscriptContextStore } from './transcriptContextStore.ts';
import { TranscriptKeys } from './TranscriptKeys.ts';
import { transcriptSchemaExtensions } from './transcriptSchemaExtensions.ts';
import { TranscriptUndoScope } from './TranscriptUndoScope.ts';
import { UtteranceNode } from './UtteranceNode.ts';
import { UtteranceView } from './UtteranceView.tsx';

/** What the transcript editor is bound to. */
export interface TranscriptBinding {
  doc: Y.Doc;
  awareness: Awareness | null;
  user: PresenceUser;
  context: TranscriptContextStore;
}

/** Every extension of the transcript editor: schema, node view, keys, collaboration and carets. */
export function transcriptExtensions(binding: TranscriptBinding): AnyExtension[] {
  const utterance = UtteranceNode.extend<{ context: TranscriptContextStore }>({
    addOptions: () => ({ context: binding.context }),
    addNodeView: () => ReactNodeViewRenderer(UtteranceView, { contentDOMElementTag: 'div' }),
  });
  const carets = binding.awareness
    ? [
        CollaborationCaret.configure({
          provider: { awareness: caretAwareness(binding.awareness) },
          user: binding.user,
          render: renderCaret,
          selectionRender: renderCaretSelection,
        }),
      ]
    : [];
  return [
    ...transcriptSchemaExtensions(utterance),
    Collaboration.configure({ document: binding.doc, field: ROOT_TRANSCRIPT }),
    TranscriptUndoScope.configure({ doc: binding.doc }),
    TranscriptKeys.configure({ context: binding.context }),
    ...carets,
  ];
}
