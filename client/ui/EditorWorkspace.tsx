import { useEffect, useMemo, useState } from 'react';
import { steppedPlaybackRate } from '../audio/playbackRate.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { HistoryApi } from '../api/createHistoryApi.ts';
import type { PeaksApi } from '../api/createPeaksApi.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { TranscriptPane } from '../transcript/TranscriptPane.tsx';
import { boxesAtFrame } from '../tools/boxesAtFrame.ts';
import { applyToolEffects } from './applyToolEffects.ts';
import { captionOfObject } from './captionOfObject.ts';
import type { EditorActionContext } from './EditorActionContext.ts';
import { selectedTrack } from './EditorActionContext.ts';
import { EditorHeader } from './EditorHeader.tsx';
import { EditorNotices } from './EditorNotices.tsx';
import { HistoricalTranscript } from './HistoricalTranscript.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import type { ShortcutAction } from './editorShortcuts.ts';
import { runEditorAction } from './runEditorAction.ts';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { useKeyBindings } from './useKeyBindings.ts';
import { jumpToFinding } from './jumpToFinding.ts';
import { sortLabelsForToolbar } from './sortLabelsForToolbar.ts';
import { Toolbar } from './Toolbar.tsx';
import { useEditorHotkeys } from './useEditorHotkeys.ts';
import { useEditorSelection } from './useEditorSelection.ts';
import { useHistoryView } from './useHistoryView.ts';
import { useLabelling } from './useLabelling.ts';
import { useStore } from './useStore.ts';
import { useUndoState } from './useUndoState.ts';
import { useStagePlayback } from './useStagePlayback.ts';
import { useStageView } from './useStageView.ts';
import { StageViewControls } from './StageViewControls.tsx';
import { ImageStepper } from './ImageStepper.tsx';
import { editorClassName } from './editorClassName.ts';
import { MediaStage } from './MediaStage.tsx';
import { useLayerLint } from './useLayerLint.ts';
import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import { CanvasToolPicker } from './CanvasToolPicker.tsx';
import { useMaskPainting } from './useMaskPainting.ts';
import { useShapeEditing } from './useShapeEditing.ts';
import { useLinking } from './useLinking.ts';
import { linksAtFrame } from './linksAtFrame.ts';
import { ObjectsPane } from './ObjectsPane.tsx';
import { AGREEMENT_LAYER } from '../../shared/doc/layerKind.ts';
import { reviewPath } from './Route.ts';

const EDITING_ACTIONS: ReadonlySet<ShortcutAction> = new Set([
  'toggleOutside',
  'deleteSelection',
  'undo',
  'redo',
  'splitTrack',
  'mergeTracks',
  'propagateBox',
  'linkSelection',
]);

/** The editor for one item: video and canvas, objects, transcript and timeline, all on one live session. */
export function EditorWorkspace(props: {
  session: ItemSession;
  media: MediaInfo;
  history: HistoryApi;
  peaks: PeaksApi;
}) {
  const { session, media } = props;
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const { playback, clockState } = useStagePlayback(video, media);
  const stageView = useStageView(media);
  const liveSnapshot = useStore(session.layer);
  const labelSchema = useStore(session.labelSchema);
  const { tiers } = labelSchema;
  const labels = useMemo(() => sortLabelsForToolbar(labelSchema.labels), [labelSchema.labels]);
  const peers = useStore({
    getSnapshot: session.presence.getPeers,
    subscribe: session.presence.subscribe,
  });
  // Subscribed so every control follows the granted scope as soon as it arrives or changes.
  const mainState = useStore(session.mainDocument);
  const [message, setMessage] = useState<string | null>(null);
  const { projectId, id: itemId } = session.detail;
  const workLayer = session.mainDocument.layer;
  const layerRef = useMemo(
    () => ({ projectId, itemId, layer: workLayer }),
    [projectId, itemId, workLayer],
  );
  const history = useHistoryView({
    history: props.history,
    layer: layerRef,
    liveSnapshot,
    report: setMessage,
  });
  // While history is open the editor shows the layer as it was, and nothing can edit it.
  const snapshot = history.snapshot ?? liveSnapshot;
  const canWrite = session.canWrite() && !history.open;
  const undoState = useUndoState(session.undo);
  const [selection, setSelection] = useEditorSelection(snapshot, session.presence);
  const [rate, setRate] = useState(1);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [keyBindings, setKeyBindings] = useKeyBindings();
  const { frame, timeMs } = clockState;
  useEffect(() => session.presence.setPlayheadMs(timeMs), [session.presence, timeMs]);
  const frameBoxes = useMemo(() => boxesAtFrame(snapshot.tracks, frame), [snapshot.tracks, frame]);
  const { activeLabelId, applyLabel } = useLabelling(
    labels,
    selection,
    session.commands,
    setMessage,
  );
  const painting = useMaskPainting({
    session,
    liveSnapshot,
    frame,
    labels,
    media,
    historyOpen: history.open,
    selection,
    setSelection,
    activeLabelId,
    report: setMessage,
  });
  const shaping = useShapeEditing({
    session,
    snapshot,
    frame,
    labels,
    skeletons: labelSchema.skeletons,
    selection,
    setSelection,
    activeLabelId,
    report: setMessage,
    imageSetFrameCount: media.kind === 'image' ? media.frameCount : null,
  });
  const frameLinks = useMemo(
    () =>
      linksAtFrame({
        links: snapshot.links,
        boxes: frameBoxes,
        shapes: shaping.frameShapes,
        timeMs,
        relationTypes: labelSchema.relationTypes,
        selection,
      }),
    [snapshot.links, frameBoxes, shaping.frameShapes, timeMs, labelSchema.relationTypes, selection],
  );
  const linking = useLinking({
    session,
    snapshot: liveSnapshot,
    selection,
    setSelection,
    report: setMessage,
  });

  const actionContext: EditorActionContext = {
    session,
    playback,
    clockState,
    snapshot,
    selection,
    setSelection,
    toggleShortcutSheet: () => setSheetOpen((open) => !open),
    toggleHistory: history.toggle,
    closeShortcutSheet: () => {
      if (!sheetOpen) return false;
      setSheetOpen(false);
      return true;
    },
    report: setMessage,
    setTool: painting.setTool,
    stageView,
    linkSelection: linking.linkSelection,
  };
  const readOnlyHistory = () =>
    setMessage('you are looking at an earlier time: close the history (H) to edit');
  useEditorHotkeys({
    labels,
    bindings: keyBindings,
    onAction: (action) =>
      history.open && EDITING_ACTIONS.has(action)
        ? readOnlyHistory()
        : runEditorAction(action, actionContext),
    onLabel: (label) => (history.open ? readOnlyHistory() : applyLabel(label.id)),
  });
  const seekToMs = (ms: number) => playback?.clock.seekToMs(Math.max(0, ms));
  const changeRate = (next: number) => {
    setRate(next);
    playback?.transport.setRate(next);
  };
  const playRange = (startMs: number, endMs: number) => {
    playback?.transport.playRange(startMs, endMs).catch((error: unknown) => {
      setMessage(error instanceof Error ? error.message : String(error));
    });
  };
  const findings = useLayerLint(liveSnapshot, media, labelSchema);
  const jumpTo = (finding: LintFinding) =>
    jumpToFinding(finding, {
      playback,
      frameCount: media.frameCount,
      snapshot: liveSnapshot,
      setSelection,
    });
  const track = selectedTrack(actionContext);
  const selectedOutside = track
    ? (frameBoxes.find((box) => box.trackId === track.id)?.outside ?? false)
    : null;

  return (
    <div className={editorClassName(media)}>
      <EditorHeader
        projectId={session.detail.projectId}
        itemName={session.detail.name}
        canWrite={session.canWrite()}
        blind={session.blind}
        documents={session.documents}
        self={session.presenceUser}
        peers={peers}
        reviewPath={
          session.detail.layers.some((each) => each.layer === AGREEMENT_LAYER)
            ? reviewPath(projectId, itemId)
            : null
        }
      />
      <Toolbar
        labels={labels}
        activeLabelId={activeLabelId}
        onLabel={applyLabel}
        canWrite={canWrite}
        playing={clockState.playing}
        onTogglePlay={() => runEditorAction('togglePlay', actionContext)}
        rate={rate}
        onRate={changeRate}
        onStep={(frames) => playback?.clock.stepFrames(frames)}
        onGoToFrame={(target) => playback?.clock.seekToFrame(target)}
        frame={frame}
        frameCount={media.frameCount}
        timeMs={timeMs}
        selectedOutside={selectedOutside}
        onToggleOutside={() => runEditorAction('toggleOutside', actionContext)}
        canUndo={undoState.canUndo && !history.open}
        canRedo={undoState.canRedo && !history.open}
        onUndo={() => runEditorAction('undo', actionContext)}
        onRedo={() => runEditorAction('redo', actionContext)}
        onShowShortcuts={() => setSheetOpen(true)}
        historyOpen={history.open}
        onToggleHistory={history.toggle}
        toolPicker={
          <CanvasToolPicker
            tool={painting.tool}
            onTool={painting.setTool}
            radiusPx={painting.brushRadiusPx}
            onRadius={painting.setBrushRadiusPx}
            tolerance={painting.tolerance}
            onTolerance={painting.setTolerance}
            canWrite={canWrite}
          />
        }
        viewControls={<StageViewControls stageView={stageView} />}
        imageStepper={
          media.kind === 'image' && (
            <ImageStepper
              images={media.images ?? []}
              frame={frame}
              onStep={(images) => playback?.clock.stepFrames(images)}
            />
          )
        }
      />
      <EditorNotices
        problem={mainState.problem}
        message={message}
        onDismiss={() => setMessage(null)}
      />
      {history.open && (
        <HistoryPanel
          view={history}
          canRestore={session.canWrite()}
          selectedObjectId={selection.length === 1 ? (selection[0] ?? null) : null}
          captionOf={(id) => captionOfObject(id, [snapshot, liveSnapshot], labels)}
          onSelect={(id) => setSelection([id])}
        />
      )}
      <div className="editor-panes">
        <section className="pane pane-video">
          <MediaStage
            media={media}
            onVideoElement={setVideo}
            frame={frame}
            frameBoxes={frameBoxes}
            labels={labels}
            selection={selection}
            peers={peers}
            canWrite={canWrite}
            onToolEffects={(effects) =>
              applyToolEffects(effects, {
                commands: session.commands,
                frame,
                activeLabelId,
                setSelection,
                report: setMessage,
                imageSetFrameCount: media.kind === 'image' ? media.frameCount : null,
              })
            }
            onPointerAt={(point) => session.presence.setCursor(point ? { ...point, frame } : null)}
            tool={painting.tool}
            brushRadiusPx={painting.brushRadiusPx}
            strokeColour={painting.strokeColour}
            masks={painting.frameMasks}
            maskDescription={painting.maskDescription}
            onShape={painting.paintShape}
            shapes={shaping.frameShapes}
            skeletonPointCount={shaping.skeleton?.points.length ?? null}
            onCreateShape={shaping.onCreateShape}
            onEditShape={shaping.onEditShape}
            onSelectShape={shaping.onSelectShape}
            onRegionClick={painting.fillRegion}
            links={frameLinks}
            stageView={stageView}
            onSpaceTap={() => runEditorAction('togglePlay', actionContext)}
          />
        </section>
        <ObjectsPane
          session={session}
          snapshot={snapshot}
          liveSnapshot={liveSnapshot}
          frameBoxes={frameBoxes}
          frame={frame}
          labels={labels}
          labelSchema={labelSchema}
          selection={selection}
          onSelect={setSelection}
          canWrite={canWrite}
          linking={linking}
          findings={findings}
          onJump={jumpTo}
          report={setMessage}
        />
        <section className="pane pane-transcript">
          {history.open && (
            <HistoricalTranscript
              utterances={history.at.state?.utterances ?? []}
              segments={snapshot.segments}
              onSeek={seekToMs}
            />
          )}
          {/* Hidden, not unmounted, so the live editor keeps its undo history. */}
          <div hidden={history.open}>
            <TranscriptPane
              provider={session.mainProvider}
              user={session.presenceUser}
              canWrite={canWrite}
              snapshot={liveSnapshot}
              transcriptTierId={tiers.find((tier) => tier.kind === 'transcript')?.id ?? null}
              playheadMs={timeMs}
              author={session.author()}
              onSeek={seekToMs}
              onTextSpan={linking.setTextSpan}
              player={{
                togglePlay: () => runEditorAction('togglePlay', actionContext),
                seekBy: (ms) => seekToMs(timeMs + ms),
                stepRate: (direction) => changeRate(steppedPlaybackRate(rate, direction)),
              }}
            />
          </div>
        </section>
      </div>
      <section className="pane pane-timeline">
        <TimelinePane
          snapshot={snapshot}
          tiers={tiers}
          labels={labels}
          durationMs={media.durationMs}
          frameRate={media.frameRate}
          playheadMs={timeMs}
          selection={selection}
          canWrite={canWrite}
          commands={session.commands}
          onSeek={seekToMs}
          onSelect={setSelection}
          onPlayRange={playRange}
          waveform={media.hasAudio ? { mediaId: media.id, peaks: props.peaks } : null}
          playbackRate={rate}
          relationTypes={labelSchema.relationTypes}
        />
      </section>
      {sheetOpen && (
        <ShortcutSheet
          labels={labels}
          bindings={keyBindings}
          onBindings={setKeyBindings}
          onClose={() => setSheetOpen(false)}
        />
      )}
    </div>
  );
}
