import type { LayerSnapshot, TrackView } from '../../shared/doc/readLayer.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import type { CanvasTool } from '../tools/CanvasTool.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';
import type { StageView } from './useStageView.ts';
import type { VideoPlayback } from './useVideoPlayback.ts';

/** What editor actions read and change. */
export interface EditorActionContext {
  session: ItemSession;
  playback: VideoPlayback | null;
  clockState: VideoClockState;
  snapshot: LayerSnapshot;
  selection: readonly string[];
  setSelection: (ids: string[]) => void;
  toggleShortcutSheet: () => void;
  toggleHistory: () => void;
  /** Closes the shortcut sheet; false when it was not open. */
  closeShortcutSheet: () => boolean;
  /** Shows a message the user can act on (a refused edit, a blocked playback). */
  report: (message: string) => void;
  setTool: (tool: CanvasTool) => void;
  /** The stage's zoom and pan (fit, zoom in and out). */
  stageView: Pick<StageView, 'fit' | 'zoomBy'>;
  /** Links the selection (two objects, or selected words and one object), as the link bar offers. */
  linkSelection: () => void;
}

/** The one selected track, when the selection holds exactly one track. */
export function selectedTrack(
  context: Pick<EditorActionContext, 'snapshot' | 'selection'>,
): TrackView | null {
  const tracks = context.snapshot.tracks.filter((track) => context.selection.includes(track.id));
  return tracks.length === 1 ? tracks[0]! : null;
}
