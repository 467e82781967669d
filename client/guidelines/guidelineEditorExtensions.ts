import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ROOT_GUIDELINES_TEXT } from '../../shared/doc/guidelineRoots.ts';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import { caretAwareness } from '../transcript/caretAwareness.ts';
import { guidelineSchemaExtensions } from './guidelineSchemaExtensions.ts';
import { peerCaretRenderers } from '../transcript/renderCaret.ts';

const GUIDELINES_CARETS = peerCaretRenderers('guidelines');
/** What the live guidelines editor is bound to. */
export interface GuidelinesBinding {
  doc: Y.Doc;
  /** Presence to show carets from and, when writing, to share this user's caret on. */
  awareness: Awareness | null;
  user: PresenceUser;
}

/** Every extension of the live guidelines editor: schema, collaboration and other editors' carets. */
export function guidelineEditorExtensions(binding: GuidelinesBinding): AnyExtension[] {
  const carets = binding.awareness
    ? [
        CollaborationCaret.configure({
          provider: { awareness: caretAwareness(binding.awareness) },
          user: binding.user,
          ...GUIDELINES_CARETS,
        }),
      ]
    : [];
  return [
    ...guidelineSchemaExtensions(),
    Collaboration.configure({ document: binding.doc, field: ROOT_GUIDELINES_TEXT }),
    ...carets,
  ];
}
