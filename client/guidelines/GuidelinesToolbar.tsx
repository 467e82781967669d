import type { ChainedCommands } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { GuidelinesLinkForm } from './GuidelinesLinkForm.tsx';

/** One formatting button: what it shows, whether it is on at the caret, and what it does. */
interface FormattingTool {
  label: string;
  title: string;
  isActive(editor: Editor): boolean;
  apply(chain: ChainedCommands): ChainedCommands;
}

const heading = (level: 1 | 2 | 3): FormattingTool => ({
  label: `H${level}`,
  title: `Heading ${level} (Ctrl+Alt+${level})`,
  isActive: (editor) => editor.isActive('heading', { level }),
  apply: (chain) => chain.toggleHeading({ level }),
});

const TOOL_GROUPS: readonly (readonly FormattingTool[])[] = [
  [heading(1), heading(2), heading(3)],
  [
    {
      label: 'B',
      title: 'Bold (Ctrl+B)',
      isActive: (editor) => editor.isActive('bold'),
      apply: (chain) => chain.toggleBold(),
    },
    {
      label: 'I',
      title: 'Italic (Ctrl+I)',
      isActive: (editor) => editor.isActive('italic'),
      apply: (chain) => chain.toggleItalic(),
    },
  ],
  [
    {
      label: '• List',
      title: 'Bulleted list (Ctrl+Shift+8)',
      isActive: (editor) => editor.isActive('bulletList'),
      apply: (chain) => chain.toggleBulletList(),
    },
    {
      label: '1. List',
      title: 'Numbered list (Ctrl+Shift+7)',
      isActive: (editor) => editor.isActive('orderedList'),
      apply: (chain) => chain.toggleOrderedList(),
    },
  ],
];

const ALL_TOOLS = TOOL_GROUPS.flat();

/** Which tools are on at the caret, in ALL_TOOLS order, and the address of the link there. */
interface ToolbarState {
  active: readonly boolean[];
  href: string | null;
}

function readToolbarState(editor: Editor): ToolbarState {
  const href: unknown = editor.getAttributes('link').href;
  return {
    active: ALL_TOOLS.map((tool) => tool.isActive(editor)),
    href: editor.isActive('link') ? String(href ?? '') : null,
  };
}

function sameToolbarState(left: ToolbarState, right: ToolbarState | null): boolean {
  return (
    right !== null &&
    left.href === right.href &&
    left.active.every((on, index) => on === right.active[index])
  );
}

/** Formatting for people who may edit the guidelines: headings, bold, italic, lists and links. */
export function GuidelinesToolbar(props: { editor: Editor }) {
  const { editor } = props;
  const { active, href } = useEditorState({
    editor,
    selector: (context) => readToolbarState(context.editor),
    equalityFn: sameToolbarState,
  });
  const [editingLink, setEditingLink] = useState(false);
  return (
    <div className="guidelines-toolbar" role="toolbar" aria-label="Formatting">
      {TOOL_GROUPS.map((group, groupIndex) => (
        <span className="guidelines-tool-group" key={groupIndex}>
          {group.map((tool) => {
            const on = active[ALL_TOOLS.indexOf(tool)] === true;
            return (
              <button
                key={tool.label}
                type="button"
                className={on ? 'active' : undefined}
                aria-pressed={on}
                title={tool.title}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => tool.apply(editor.chain().focus()).run()}
              >
                {tool.label}
              </button>
            );
          })}
        </span>
      ))}
      {editingLink ? (
        <GuidelinesLinkForm
          editor={editor}
          href={href ?? ''}
          onDone={() => setEditingLink(false)}
        />
      ) : (
        <button
          type="button"
          className={href !== null ? 'active' : undefined}
          aria-pressed={href !== null}
          title="Link the selected text"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setEditingLink(true)}
        >
          Link
        </button>
      )}
    </div>
  );
}
