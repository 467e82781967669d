import { useMemo, useState } from 'react';
import { useLinkedDisagreement } from './useLinkedDisagreement.ts';
import { useLinkedPlace } from './useLinkedPlace.ts';
import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import { FINAL_LAYER } from '../../shared/doc/layerKind.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import { ANY_DISAGREEMENT, filterDisagreements } from '../review/filterDisagreements.ts';
import type { ReviewSession } from '../review/ReviewSession.ts';
import { hasFrames } from '../timeline/timelineStepRate.ts';
import { anchorTimeRange } from './anchorTimeRange.ts';
import { AudioStage } from './AudioStage.tsx';
import { buildReviewScene } from './buildReviewScene.ts';
import { EditorNotices } from './EditorNotices.tsx';
import { ItemStatusControl } from './ItemStatusControl.tsx';
import { makeDisagreementEntries } from './makeDisagreementEntries.ts';
import { ReviewCommentsColumn } from './ReviewCommentsColumn.tsx';
import { ReviewDisagreementsColumn } from './ReviewDisagreementsColumn.tsx';
import { ReviewHeader } from './ReviewHeader.tsx';
import { ReviewStage } from './ReviewStage.tsx';
import { ReviewTimeline } from './ReviewTimeline.tsx';
import { ReviewTransport } from './ReviewTransport.tsx';
import { layerEditorPath } from './Route.ts';
import { useStores } from './useStores.ts';
import { useReviewHotkeys } from './useReviewHotkeys.ts';
import { useReviewMasks } from './useReviewMasks.ts';
import { useReviewNames } from './useReviewNames.ts';
import { useReviewStage } from './useReviewStage.ts';
import { useReviewTimelineData } from './useReviewTimelineData.ts';
import { useStore } from './useStore.ts';
import './ReviewPage.css';

/** The reviewer's view of one item: every layer overlaid, the live disagreements, decisions into final, comments and status. */
export function ReviewWorkspace(props: { session: ReviewSession; media: MediaInfo }) {
  const { session, media } = props;
  const { projectId, id: itemId } = session.detail;
  const stage = useReviewStage(session, media);
  const agreement = useStore(session.agreement);
  const review = useStore(session.review);
  const provenance = useStore(session.provenance);
  const schema = useStore(session.labelSchema);
  // Followed so the buttons change as soon as a document's granted scope arrives.
  const documentStates = useStores(session.documents);
  const names = useReviewNames(session, review.people);
  const [filter, setFilter] = useState(ANY_DISAGREEMENT);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusedThreadId, setFocusedThreadId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { frame, timeMs } = stage.clockState;
  const shown = useMemo(
    () => filterDisagreements(agreement.disagreements, filter, review.decisions),
    [agreement.disagreements, filter, review.decisions],
  );
  const selected = agreement.disagreements.find((entry) => entry.id === selectedId) ?? null;
  const visible = useMemo(
    () => stage.layers.filter((layer) => !stage.hidden.has(layer.layer)),
    [stage.layers, stage.hidden],
  );
  const masks = useReviewMasks(visible, frame);
  const { scene, drawn } = useMemo(
    () =>
      buildReviewScene({
        layers: visible,
        frame,
        labels: schema.labels,
        skeletons: schema.skeletons,
        highlighted: new Set(selected?.objectIds ?? []),
        masks,
      }),
    [visible, frame, schema, selected, masks],
  );
  const mergePath = session.canWriteFinal()
    ? layerEditorPath(projectId, itemId, FINAL_LAYER)
    : null;
  const entryPropsOf = makeDisagreementEntries({
    session,
    review,
    provenance,
    labels: schema.labels,
    names,
    frameRate: media.frameRate,
    selectedId,
    mergePath,
    select: setSelectedId,
    seekTo: stage.seekTo,
    report: setMessage,
  });
  const timeline = useReviewTimelineData({
    shown,
    visible,
    threads: review.threads,
    frameRate: media.frameRate,
    whoOf: names.whoOf,
  });
  const goToThread = (thread: CommentThreadView) => {
    setFocusedThreadId(thread.id);
    const range = anchorTimeRange(thread.anchor, media.frameRate);
    if (range) stage.seekTo({ startMs: range.startMs, firstFrame: range.frame });
  };
  useLinkedDisagreement(shown, (entry) => entryPropsOf(entry).onSelect());
  useLinkedPlace(stage.playback !== null, media.frameRate, stage.seekTo);
  useReviewHotkeys({
    step: (delta) => {
      const at = shown.findIndex((entry) => entry.id === selectedId);
      const next = shown[at === -1 ? (delta === 1 ? 0 : shown.length - 1) : at + delta];
      if (next) entryPropsOf(next).onSelect();
    },
    togglePlay: () => void stage.playback?.transport.toggle(),
    stepFrames: (delta) => stage.playback?.clock.stepFrames(delta),
  });
  const cannotWriteReview = session.canWriteReview()
    ? null
    : 'only reviewers, trainers and admins comment and move the status here';
  return (
    <div className="editor review" data-testid="review-page">
      <ReviewHeader
        projectId={projectId}
        itemId={itemId}
        itemName={session.detail.name}
        documents={session.documents.filter(
          (document) => !stage.layers.some((layer) => layer.layer === document.layer),
        )}
        status={
          <ItemStatusControl
            status={review.status}
            changes={review.changes}
            personOf={names.personOf}
            cannotMove={cannotWriteReview}
            onMove={(status) => session.commands.moveStatus(status)}
          />
        }
      />
      <ReviewTransport
        media={media}
        frame={frame}
        timeMs={timeMs}
        playing={stage.clockState.playing}
        onTogglePlay={() => void stage.playback?.transport.toggle()}
        onStep={(frames) => stage.playback?.clock.stepFrames(frames)}
        onGoToFrame={(target) => stage.playback?.clock.seekToFrame(target)}
      />
      <EditorNotices
        problem={documentStates.find((state) => state.problem)?.problem ?? null}
        message={message}
        onDismiss={() => setMessage(null)}
      />
      <div className="review-panes">
        <section className="pane pane-video">
          {hasFrames(media.frameRate) ? (
            <ReviewStage
              media={media}
              frame={frame}
              scene={scene}
              drawnBoxes={JSON.stringify(drawn)}
              stageView={stage.stageView}
              onVideoElement={stage.setVideo}
              onSpaceTap={() => void stage.playback?.transport.toggle()}
            />
          ) : (
            <AudioStage media={media} onVideoElement={stage.setVideo} />
          )}
        </section>
        <ReviewDisagreementsColumn
          layers={stage.layers}
          hidden={stage.hidden}
          onToggle={stage.toggle}
          pairs={agreement.pairs}
          whoOf={names.whoOf}
          all={agreement.disagreements}
          shown={shown}
          filter={filter}
          onFilter={setFilter}
          labels={schema.labels}
          entryPropsOf={entryPropsOf}
        />
        <ReviewCommentsColumn
          session={session}
          media={media}
          layers={stage.layers}
          threads={review.threads}
          provenance={provenance}
          labels={schema.labels}
          names={names}
          playhead={{ frame, timeMs }}
          selected={selected}
          focusedThreadId={focusedThreadId}
          cannotComment={cannotWriteReview}
          mergePath={mergePath}
          onGoToThread={goToThread}
        />
      </div>
      <section className="pane pane-timeline">
        <ReviewTimeline
          durationMs={media.durationMs}
          frameRate={media.frameRate}
          playheadMs={timeMs}
          heat={timeline.heat}
          pins={timeline.pins}
          layers={timeline.layers}
          onSeek={(ms) => stage.playback?.clock.seekToMs(ms)}
          onPin={(pin) => {
            const thread = review.threads.find((each) => each.id === pin.threadId);
            if (thread) goToThread(thread);
          }}
        />
      </section>
    </div>
  );
}
