/** What a key press in the editor can ask for. */
export type ShortcutAction =
  | 'togglePlay'
  | 'previousFrame'
  | 'nextFrame'
  | 'backOneSecond'
  | 'forwardOneSecond'
  | 'previousKeyframe'
  | 'nextKeyframe'
  | 'toggleOutside'
  | 'deleteSelection'
  | 'undo'
  | 'redo'
  | 'showShortcuts'
  | 'toggleHistory'
  | 'deselect'
  | 'boxTool'
  | 'brushTool'
  | 'eraserTool'
  | 'polygonTool'
  | 'wandTool'
  | 'fillTool'
  | 'shapePolygonTool'
  | 'polylineTool'
  | 'pointsTool'
  | 'skeletonTool'
  | 'linkSelection'
  | 'fitView'
  | 'zoomIn'
  | 'zoomOut'
  | 'splitTrack'
  | 'mergeTracks'
  | 'propagateBox';

/** The parts of a KeyboardEvent a shortcut looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A hotkey as the shortcut sheet lists it and the editor matches it. */
export interface Shortcut {
  action: ShortcutAction;
  keys: string;
  description: string;
  matches(press: KeyPress): boolean;
}

const command = (press: KeyPress) => press.ctrlKey || press.metaKey;
const plain = (press: KeyPress) => !command(press) && !press.altKey;

/** Every fixed hotkey of the editor; label hotkeys come from the project's label schema. */
export const EDITOR_SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'togglePlay',
    keys: 'Space',
    description: 'Play or pause',
    matches: (p) => plain(p) && p.key === ' ',
  },
  {
    action: 'previousFrame',
    keys: '←',
    description: 'Previous frame',
    matches: (p) => plain(p) && !p.shiftKey && p.key === 'ArrowLeft',
  },
  {
    action: 'nextFrame',
    keys: '→',
    description: 'Next frame',
    matches: (p) => plain(p) && !p.shiftKey && p.key === 'ArrowRight',
  },
  {
    action: 'backOneSecond',
    keys: 'Shift+←',
    description: 'Back 1 second',
    matches: (p) => plain(p) && p.shiftKey && p.key === 'ArrowLeft',
  },
  {
    action: 'forwardOneSecond',
    keys: 'Shift+→',
    description: 'Forward 1 second',
    matches: (p) => plain(p) && p.shiftKey && p.key === 'ArrowRight',
  },
  {
    action: 'previousKeyframe',
    keys: ',',
    description: 'Previous keyframe of the selected track',
    matches: (p) => plain(p) && p.key === ',',
  },
  {
    action: 'nextKeyframe',
    keys: '.',
    description: 'Next keyframe of the selected track',
    matches: (p) => plain(p) && p.key === '.',
  },
  {
    action: 'toggleOutside',
    keys: 'O',
    description: 'Toggle outside (out of view) for the selected track from this frame',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'o',
  },
  {
    action: 'deleteSelection',
    keys: 'Delete / Backspace',
    description: 'Delete the selection',
    matches: (p) => plain(p) && (p.key === 'Delete' || p.key === 'Backspace'),
  },
  {
    action: 'undo',
    keys: 'Ctrl+Z',
    description: 'Undo your last edit',
    matches: (p) => command(p) && !p.shiftKey && p.key.toLowerCase() === 'z',
  },
  {
    action: 'redo',
    keys: 'Ctrl+Shift+Z / Ctrl+Y',
    description: 'Redo',
    matches: (p) =>
      command(p) && ((p.shiftKey && p.key.toLowerCase() === 'z') || p.key.toLowerCase() === 'y'),
  },
  {
    action: 'boxTool',
    keys: 'V',
    description: 'Box tool: draw, select, move and resize boxes',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'v',
  },
  {
    action: 'brushTool',
    keys: 'B',
    description:
      'Brush: paint the selected mask (a new one when none is selected or under the brush)',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'b',
  },
  {
    action: 'eraserTool',
    keys: 'E',
    description: 'Eraser: erase from the selected mask or the mask under the pointer',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'e',
  },
  {
    action: 'polygonTool',
    keys: 'P',
    description:
      'Polygon fill: click corners, then click the first corner or press Enter (Backspace takes one back)',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'p',
  },
  {
    action: 'wandTool',
    keys: 'W',
    description:
      'Magic wand: click to paint the connected pixels of similar colour into the mask (tolerance slider)',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'w',
  },
  {
    action: 'fillTool',
    keys: 'U',
    description: 'Flood fill: click an unpainted area enclosed by the selected mask to fill it',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'u',
  },
  {
    action: 'shapePolygonTool',
    keys: 'G',
    description:
      'Polygon shape: click corners, close on the first or Enter; drag a vertex to move it, an edge middle to add one, Alt+click to remove one',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'g',
  },
  {
    action: 'polylineTool',
    keys: 'L',
    description: 'Polyline: click points, Enter to finish',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'l',
  },
  {
    action: 'pointsTool',
    keys: 'I',
    description: 'Points: click points, Enter to finish',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'i',
  },
  {
    action: 'skeletonTool',
    keys: 'K',
    description:
      "Keypoints: click each point of the label's skeleton template in order; Shift+click a keypoint to hide or show it",
    matches: (p) => plain(p) && p.key.toLowerCase() === 'k',
  },
  {
    action: 'linkSelection',
    keys: 'J',
    description:
      'Link the two selected objects, or the selected words and the selected object, with the chosen relation type',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'j',
  },
  {
    action: 'fitView',
    keys: 'F',
    description: 'Fit the whole media on the stage (undo zoom and pan)',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'f',
  },
  {
    action: 'zoomIn',
    keys: '+ / wheel',
    description:
      'Zoom in (the wheel zooms around the pointer; drag with the middle button, or Space+drag, to pan)',
    matches: (p) => plain(p) && (p.key === '+' || p.key === '='),
  },
  {
    action: 'zoomOut',
    keys: '−',
    description: 'Zoom out',
    matches: (p) => plain(p) && p.key === '-',
  },
  {
    action: 'splitTrack',
    keys: 'S',
    description: 'Split the selected track here: a new track takes this frame and what follows',
    matches: (p) => plain(p) && !p.shiftKey && p.key.toLowerCase() === 's',
  },
  {
    action: 'mergeTracks',
    keys: 'M',
    description: 'Merge the two selected tracks into the one that starts first',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'm',
  },
  {
    action: 'propagateBox',
    keys: 'R',
    description: 'Repeat the selected box as keyframes on the next 10 frames',
    matches: (p) => plain(p) && p.key.toLowerCase() === 'r',
  },
  {
    action: 'toggleHistory',
    keys: 'H',
    description: "Show or hide the layer's history (read-only view of earlier times, restore)",
    matches: (p) => plain(p) && p.key.toLowerCase() === 'h',
  },
  {
    action: 'showShortcuts',
    keys: '?',
    description: 'Show or hide this sheet',
    matches: (p) => plain(p) && p.key === '?',
  },
  {
    action: 'deselect',
    keys: 'Escape',
    description: 'Cancel a drag, or clear the selection',
    matches: (p) => p.key === 'Escape',
  },
];

/**
 * The shortcut a key press means, if any. `rebound` maps actions a person gave another key to that
 * key: the action answers to it instead of its default.
 */
export function shortcutActionOf(
  press: KeyPress,
  rebound: Readonly<Partial<Record<ShortcutAction, string>>> = {},
): ShortcutAction | null {
  const key = press.key.toLowerCase();
  const chosen = Object.entries(rebound).find(([, bound]) => bound === key);
  if (chosen && plain(press)) return chosen[0] as ShortcutAction;
  return (
    EDITOR_SHORTCUTS.find((shortcut) => shortcut.matches(press) && !rebound[shortcut.action])
      ?.action ?? null
  );
}

/** The label whose hotkey was pressed (without modifiers), if any. */
export function labelForKey<T extends { id: string; hotkey: string | null }>(
  labels: readonly T[],
  press: KeyPress,
): T | null {
  if (!plain(press)) return null;
  return (
    labels.find((label) => label.hotkey !== null && label.hotkey === press.key.toLowerCase()) ??
    null
  );
}
