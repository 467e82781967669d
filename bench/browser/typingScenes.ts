// Runs in Chromium for bench/typingLatency.ts: keystrokes into the middle of a 1-hour transcript,
// in Tiptap bound to a Yjs document while a remote peer types elsewhere, and in the same Tiptap
// editor holding the same content without collaboration. A keystroke's time runs from the
// transaction to the DOM being updated (ProseMirror updates it synchronously), Yjs sync included.
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import * as Y from 'yjs';
import { transcriptSchemaExtensions } from '../../client/transcript/transcriptSchemaExtensions.ts';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import { ROOT_TRANSCRIPT } from '../../shared/doc/roots.ts';
import { buildOneHourLayer, generateOneHourLayer } from '../fixtures/oneHourLayer.ts';

/** Per keystroke milliseconds, and for the collaborative editor each remote update's too. */
export interface TypingTimes {
  keystrokesMs: number[];
  remoteMs: number[];
  utterances: number;
}

const REMOTE_ORIGIN = 'remote-peer';

function mount(): HTMLElement {
  document.body.innerHTML = '';
  const element = document.createElement('div');
  document.body.appendChild(element);
  return element;
}

/** Puts the caret at the end of the text of the middle utterance. */
function caretInMiddle(editor: Editor): void {
  const { doc } = editor.state;
  const middle = Math.floor(doc.childCount / 2);
  let position = 0;
  for (let index = 0; index <= middle; index += 1) position += doc.child(index).nodeSize;
  editor.commands.setTextSelection(position - 2);
}

function typeKeys(editor: Editor, count: number, between: () => void): number[] {
  const times: number[] = [];
  for (let key = 0; key < count; key += 1) {
    between();
    const startedMs = performance.now();
    editor.commands.insertContent(key % 6 === 5 ? ' ' : 'e');
    times.push(performance.now() - startedMs);
  }
  return times;
}

/** Typing with collaboration: the local doc and a remote peer's doc exchange every update. */
export function typeCollaborative(keys: number): TypingTimes {
  const local = buildOneHourLayer(generateOneHourLayer(), 'base');
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
  const remoteMs: number[] = [];
  remote.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE_ORIGIN) return;
    const startedMs = performance.now();
    Y.applyUpdate(local, update, REMOTE_ORIGIN);
    remoteMs.push(performance.now() - startedMs);
  });
  local.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) Y.applyUpdate(remote, update, REMOTE_ORIGIN);
  });
  const editor = new Editor({
    element: mount(),
    extensions: [
      ...transcriptSchemaExtensions(),
      Collaboration.configure({ document: local, field: ROOT_TRANSCRIPT }),
    ],
  });
  caretInMiddle(editor);
  // The peer types into the tenth utterance, one character between each of ours.
  const peerText = (transcriptOf(remote).get(10) as Y.XmlElement).get(0) as Y.XmlText;
  const keystrokesMs = typeKeys(editor, keys, () => peerText.insert(0, 'x'));
  const utterances = editor.state.doc.childCount;
  editor.destroy();
  return { keystrokesMs, remoteMs, utterances };
}

/** Typing the same keys into the same content in Tiptap with no collaboration at all. */
export function typePlain(keys: number): TypingTimes {
  const layer = buildOneHourLayer(generateOneHourLayer(), 'base');
  const loader = new Editor({
    element: mount(),
    extensions: [
      ...transcriptSchemaExtensions(),
      Collaboration.configure({ document: layer, field: ROOT_TRANSCRIPT }),
    ],
  });
  const content = loader.getJSON();
  loader.destroy();
  const editor = new Editor({
    element: mount(),
    extensions: transcriptSchemaExtensions(),
    content,
  });
  caretInMiddle(editor);
  const keystrokesMs = typeKeys(editor, keys, () => {});
  const utterances = editor.state.doc.childCount;
  editor.destroy();
  return { keystrokesMs, remoteMs: [], utterances };
}
