import type { Editor } from '@tiptap/react';
import type { FormEvent } from 'react';
import { useState } from 'react';

/** Sets, changes or removes the link at the selection; with nothing selected, inserts the address as a link. */
function applyLink(editor: Editor, href: string): void {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (href === '') {
    chain.unsetLink().run();
    return;
  }
  if (editor.state.selection.empty && !editor.isActive('link')) {
    chain
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
    return;
  }
  chain.setLink({ href }).run();
}

/** The address of a link being added or edited in the guidelines toolbar. */
export function GuidelinesLinkForm(props: { editor: Editor; href: string; onDone: () => void }) {
  const [draft, setDraft] = useState(props.href);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyLink(props.editor, draft.trim());
    props.onDone();
  };
  return (
    <form className="guidelines-link-form" onSubmit={submit}>
      <input
        autoFocus
        aria-label="Link address"
        placeholder="https://… or /p/project/i/item/review (empty removes the link)"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') props.onDone();
        }}
      />
      <button type="submit">Apply</button>
      <button type="button" onClick={props.onDone}>
        Cancel
      </button>
    </form>
  );
}
