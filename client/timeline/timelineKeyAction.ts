import type { Label } from '../../shared/schema/labelSchema.ts';

/** What a key pressed in the timeline asks for. */
export type TimelineKeyAction =
  | { kind: 'new-segment' }
  | { kind: 'play-selection' }
  | { kind: 'label'; labelId: string | null }
  | { kind: 'delete' }
  | { kind: 'clear-selection' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'mark-boundary' };

/** The keys of a keyboard event this reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const ZOOM_STEP = 2;

/**
 * Maps a key to a timeline action: N new segment at the playhead, P play the selection, a label's
 * hotkey labels it, Delete/Backspace deletes, Escape stops segmenting or clears, +/- zoom, Enter
 * marks a segment boundary at the playhead (segmenting while the media plays). Keys with Ctrl, Cmd or Alt
 * are left alone (undo, browser shortcuts).
 */
export function timelineKeyAction(
  press: KeyPress,
  labels: readonly Label[],
): TimelineKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  switch (key) {
    case 'n':
      return { kind: 'new-segment' };
    case 'p':
      return { kind: 'play-selection' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'clear-selection' };
    case 'Enter':
      return { kind: 'mark-boundary' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
  }
  const label = labels.find((candidate) => candidate.hotkey === key);
  return label ? { kind: 'label', labelId: label.id } : null;
}
