import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/react';
import { useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import type { TranscriptContextStore } from './transcriptContextStore.ts';
import { transcriptExtensions } from './transcriptExtensions.ts';

/** The transcript editor on a provider's document; recreated only when the document or user changes. */
export function useTranscriptEditor(
  provider: HocuspocusProvider,
  user: PresenceUser,
  context: TranscriptContextStore,
  canWrite: boolean,
): Editor {
  const { id, name, colour } = user;
  const extensions = useMemo(
    () =>
      transcriptExtensions({
        doc: provider.document,
        awareness: provider.awareness,
        user: { id, name, colour },
        context,
      }),
    [provider, id, name, colour, context],
  );
  const editor = useEditor(
    { extensions, editable: canWrite, shouldRerenderOnTransaction: false, immediatelyRender: true },
    [extensions],
  );
  useEffect(() => {
    if (editor.isEditable !== canWrite) editor.setEditable(canWrite);
  }, [editor, canWrite]);
  return editor;
}
