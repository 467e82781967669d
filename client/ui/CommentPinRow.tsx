import type { TimelineView } from '../timeline/timelineView.ts';
import { msToPx } from '../timeline/timelineView.ts';

/** A comment thread placed on the time line. */
export interface CommentPin {
  threadId: string;
  startMs: number;
  endMs: number;
  resolved: boolean;
  title: string;
}

/** The comment threads along the time line: a flag at a frame, a bar over a time range; pressing one goes there. */
export function CommentPinRow(props: {
  view: TimelineView;
  pins: readonly CommentPin[];
  onPin: (pin: CommentPin) => void;
}) {
  const { view } = props;
  return (
    <div className="timeline-lane review-pin-lane" data-testid="comment-pins">
      {props.pins.map((pin) => {
        const left = msToPx(pin.startMs, view);
        const width = Math.max(6, msToPx(pin.endMs, view) - left);
        if (left + width < 0 || left > view.widthPx) return null;
        return (
          <button
            key={pin.threadId}
            type="button"
            className={pin.resolved ? 'review-pin resolved' : 'review-pin'}
            data-testid="comment-pin"
            data-thread={pin.threadId}
            style={{ left, width }}
            title={pin.title}
            onClick={() => props.onPin(pin)}
          />
        );
      })}
    </div>
  );
}
