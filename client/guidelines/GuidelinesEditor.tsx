import type { HocuspocusProvider } from '@hocuspocus/provider';
import { EditorContent, useEditorState } from '@tiptap/react';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import { GuidelinesToolbar } from './GuidelinesToolbar.tsx';
import { useGuidelinesEditor } from './useGuidelinesEditor.ts';

/** The live guidelines text: edited together by trainers and admins, read by everyone else. */
export function GuidelinesEditor(props: {
  provider: HocuspocusProvider;
  user: PresenceUser;
  writable: boolean;
}) {
  const editor = useGuidelinesEditor(props.provider, props.user, props.writable);
  const empty = useEditorState({ editor, selector: (context) => context.editor.isEmpty });
  return (
    <div className="guidelines-live">
      {props.writable && <GuidelinesToolbar editor={editor} />}
      {empty && (
        <p className="muted guidelines-empty">
          {props.writable
            ? 'Nothing is written yet: click below and start typing.'
            : 'The trainers have not written any guidelines yet.'}
        </p>
      )}
      <EditorContent
        editor={editor}
        className="guidelines-text"
        data-testid="guidelines-text"
        data-editable={props.writable ? 'true' : 'false'}
      />
    </div>
  );
}
