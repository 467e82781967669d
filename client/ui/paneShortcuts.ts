/** A hotkey one pane handles itself while it has focus, as the shortcut sheet lists it. */
export interface PaneShortcut {
  pane: 'Timeline' | 'Transcript';
  keys: string;
  description: string;
}

/** Hotkeys of the timeline and transcript panes, listed so the sheet shows every key the editor knows. */
export const PANE_SHORTCUTS: readonly PaneShortcut[] = [
  { pane: 'Timeline', keys: 'N', description: 'New segment at the playhead' },
  { pane: 'Timeline', keys: 'P', description: 'Play the selected segment' },
  { pane: 'Timeline', keys: '+ / −', description: 'Zoom in / out' },
  { pane: 'Timeline', keys: 'Delete', description: 'Delete the selected segments' },
  {
    pane: 'Transcript',
    keys: 'Ctrl+Shift+Enter',
    description: 'Insert an utterance at the playhead',
  },
  { pane: 'Transcript', keys: 'Enter', description: 'Split the utterance at the caret' },
  {
    pane: 'Transcript',
    keys: 'Backspace / Delete at an edge',
    description: 'Merge with the neighbouring utterance',
  },
  {
    pane: 'Transcript',
    keys: 'Ctrl+Z / Ctrl+Shift+Z',
    description: 'Undo / redo your transcript edits',
  },
];
