import type { Result } from '../../shared/schema/result.ts';
import { keyframeNeighbours } from '../../shared/time/keyframeNeighbours.ts';
import type { EditorActionContext } from './EditorActionContext.ts';
import { selectedTrack } from './EditorActionContext.ts';
import type { ShortcutAction } from './editorShortcuts.ts';
import { ZOOM_STEP } from './StageViewControls.tsx';

function reportFailure(context: EditorActionContext, result: Result<unknown>): void {
  if (!result.ok) context.report(result.error);
}

function jumpToKeyframe(context: EditorActionContext, direction: 'previous' | 'next'): void {
  const track = selectedTrack(context);
  if (!track) return context.report('select one track to jump between its keyframes');
  const target = keyframeNeighbours(track.keyframes, context.clockState.frame)[direction];
  if (target !== null) context.playback?.clock.seekToFrame(target);
}

function togglePlay(context: EditorActionContext): void {
  context.playback?.transport.toggle().catch((error: unknown) => {
    context.report(error instanceof Error ? error.message : String(error));
  });
}

function toggleOutside(context: EditorActionContext): void {
  const track = selectedTrack(context);
  if (!track) return context.report('select one track to mark it outside (out of view)');
  reportFailure(
    context,
    context.session.commands.toggleOutside(track.id, context.clockState.frame),
  );
}

function deleteSelection(context: EditorActionContext): void {
  if (context.selection.length === 0) return;
  const result = context.session.commands.deleteObjects(context.selection);
  reportFailure(context, result);
  if (result.ok) context.setSelection([]);
}

/** How many frames R repeats the selected box over. */
const PROPAGATE_FRAMES = 10;

function trackOperation(context: EditorActionContext, action: 'splitTrack' | 'propagateBox'): void {
  const track = selectedTrack(context);
  if (!track) return context.report('select one track first');
  const { frame } = context.clockState;
  const { commands } = context.session;
  if (action === 'splitTrack') {
    const split = commands.splitTrack(track.id, frame);
    if (split.ok) context.setSelection([split.value]);
    else context.report(split.error);
    return;
  }
  const lastFrame = Math.max(0, context.session.detail.media?.frameCount ?? 1) - 1;
  reportFailure(
    context,
    commands.propagateBox({ trackId: track.id, frame, count: PROPAGATE_FRAMES, lastFrame }),
  );
}

function mergeSelectedTracks(context: EditorActionContext): void {
  const tracks = context.snapshot.tracks.filter((track) => context.selection.includes(track.id));
  if (tracks.length !== 2) return context.report('select exactly two tracks to merge them');
  const [kept, other] = [...tracks].sort(
    (left, right) => (left.keyframes[0]?.frame ?? 0) - (right.keyframes[0]?.frame ?? 0),
  ) as [(typeof tracks)[number], (typeof tracks)[number]];
  const merged = context.session.commands.mergeTracks(kept.id, other.id);
  if (merged.ok) context.setSelection([kept.id]);
  else context.report(merged.error);
}

function history(context: EditorActionContext, step: 'undo' | 'redo'): void {
  const { undo } = context.session;
  if (!context.session.canWrite())
    return context.report('this layer is read-only: there is nothing to undo');
  undo.stopCapturing();
  if (step === 'undo') undo.undo();
  else undo.redo();
}

/** Carries out one keyboard or toolbar action in the editor. */
export function runEditorAction(action: ShortcutAction, context: EditorActionContext): void {
  const clock = context.playback?.clock;
  switch (action) {
    case 'togglePlay':
      return togglePlay(context);
    case 'previousFrame':
      return clock?.stepFrames(-1);
    case 'nextFrame':
      return clock?.stepFrames(1);
    case 'backOneSecond':
      return clock?.seekToMs(context.clockState.timeMs - 1000);
    case 'forwardOneSecond':
      return clock?.seekToMs(context.clockState.timeMs + 1000);
    case 'previousKeyframe':
      return jumpToKeyframe(context, 'previous');
    case 'nextKeyframe':
      return jumpToKeyframe(context, 'next');
    case 'toggleOutside':
      return toggleOutside(context);
    case 'deleteSelection':
      return deleteSelection(context);
    case 'undo':
    case 'redo':
      return history(context, action);
    case 'showShortcuts':
      return context.toggleShortcutSheet();
    case 'toggleHistory':
      return context.toggleHistory();
    case 'boxTool':
      return context.setTool('box');
    case 'brushTool':
      return context.setTool('brush');
    case 'eraserTool':
      return context.setTool('eraser');
    case 'polygonTool':
      return context.setTool('polygon');
    case 'wandTool':
      return context.setTool('wand');
    case 'fillTool':
      return context.setTool('fill');
    case 'shapePolygonTool':
      return context.setTool('shapePolygon');
    case 'polylineTool':
      return context.setTool('polyline');
    case 'pointsTool':
      return context.setTool('points');
    case 'skeletonTool':
      return context.setTool('skeleton');
    case 'linkSelection':
      return context.linkSelection();
    case 'fitView':
      return context.stageView.fit();
    case 'zoomIn':
      return context.stageView.zoomBy(ZOOM_STEP);
    case 'zoomOut':
      return context.stageView.zoomBy(1 / ZOOM_STEP);
    case 'splitTrack':
    case 'propagateBox':
      return trackOperation(context, action);
    case 'mergeTracks':
      return mergeSelectedTracks(context);
    case 'deselect':
      if (!context.closeShortcutSheet()) context.setSelection([]);
      return;
  }
}
