import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/react';
import { useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import { followDocument } from './followDocument.ts';
import { guidelineEditorExtensions } from './guidelineEditorExtensions.ts';

/**
 * The live guidelines editor. A user who writes edits the provider's document; one who only
 * reads sees a copy that follows it, so the editor can never send an edit the server refuses.
 * Recreated when the provider, the user or the write access changes.
 */
export function useGuidelinesEditor(
  provider: HocuspocusProvider,
  user: PresenceUser,
  writable: boolean,
): Editor {
  const { id, name, colour } = user;
  const binding = useMemo(
    () =>
      writable ? { doc: provider.document, dispose: () => {} } : followDocument(provider.document),
    [provider, writable],
  );
  useEffect(() => () => binding.dispose(), [binding]);
  const extensions = useMemo(
    () =>
      guidelineEditorExtensions({
        doc: binding.doc,
        awareness: provider.awareness,
        user: { id, name, colour },
      }),
    [binding, provider, id, name, colour],
  );
  return useEditor(
    { extensions, editable: writable, shouldRerenderOnTransaction: false, immediatelyRender: true },
    [extensions],
  );
}
