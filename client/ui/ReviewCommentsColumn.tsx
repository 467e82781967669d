import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import { FINAL_LAYER } from '../../shared/doc/layerKind.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { describeProvenance } from '../review/describeProvenance.ts';
import type { ReviewSession } from '../review/ReviewSession.ts';
import { CommentPanel } from './CommentPanel.tsx';
import { commentAnchorChoices } from './commentAnchorChoices.ts';
import { describeAnchor } from './describeAnchor.ts';
import { FinalObjectList } from './FinalObjectList.tsx';
import { formatWallClock } from './formatWallClock.ts';
import type { ReviewNames } from './useReviewNames.ts';
import type { ShownLayer } from './useReviewStage.ts';

/** The review page's right column: what final holds and where it came from, and the comment threads. */
export function ReviewCommentsColumn(props: {
  session: ReviewSession;
  media: MediaInfo;
  layers: readonly ShownLayer[];
  threads: readonly CommentThreadView[];
  provenance: ReadonlyMap<string, FinalProvenance>;
  labels: readonly Label[];
  names: ReviewNames;
  playhead: { frame: number; timeMs: number };
  selected: Disagreement | null;
  focusedThreadId: string | null;
  cannotComment: string | null;
  mergePath: string | null;
  onGoToThread: (thread: CommentThreadView) => void;
}) {
  const { session, media, names } = props;
  const finalLayer = props.layers.find((layer) => layer.layer === FINAL_LAYER);
  const { commands } = session;
  return (
    <div className="pane review-column">
      {finalLayer && (
        <FinalObjectList
          snapshot={finalLayer.snapshot}
          provenance={props.provenance}
          labels={props.labels}
          describe={(entry) => describeProvenance(entry, names.whoOf, formatWallClock)}
          mergePath={props.mergePath}
        />
      )}
      <CommentPanel
        threads={props.threads}
        choices={commentAnchorChoices({
          ...props.playhead,
          durationMs: media.durationMs,
          frameRate: media.frameRate,
          selected: props.selected,
          layers: props.layers,
          whoOf: names.whoOf,
        })}
        describe={(anchor) => describeAnchor(anchor, names.whoOf)}
        focusedThreadId={props.focusedThreadId}
        cannotComment={props.cannotComment}
        onGoTo={props.onGoToThread}
        onStart={(anchor, text) => commands.startComment(anchor, text)}
        onReply={(threadId, text) => commands.replyToComment(threadId, text)}
        onResolve={(threadId, resolved) => commands.resolveComment(threadId, resolved)}
      />
    </div>
  );
}
