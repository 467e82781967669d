import { useRef } from 'react';
import { scrollbarGeometry } from './scrollbarGeometry.ts';
import type { TimelineView } from './timelineView.ts';

/** Props of the horizontal scrollbar under the lanes. */
export interface TimelineScrollbarProps {
  view: TimelineView;
  durationMs: number;
  onScrollByPx(deltaPx: number): void;
}

const PAGE_SHARE = 0.9;

/** Shows which part of the media is in view; drag the thumb or click beside it to scroll. */
export function TimelineScrollbar(props: TimelineScrollbarProps) {
  const { view, durationMs, onScrollByPx } = props;
  const dragFromPx = useRef<number | null>(null);
  const geometry = scrollbarGeometry(view, durationMs);
  if (!geometry.scrollable) return <div className="timeline-scrollbar" aria-hidden />;
  const endDrag = () => {
    dragFromPx.current = null;
  };
  return (
    <div
      className="timeline-scrollbar"
      role="scrollbar"
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={Math.round(durationMs)}
      aria-valuenow={Math.round(view.startMs)}
      onPointerDown={(event) => {
        if (event.target !== event.currentTarget) return;
        const clickPx = event.clientX - event.currentTarget.getBoundingClientRect().left;
        onScrollByPx((clickPx < geometry.thumbLeftPx ? -1 : 1) * view.widthPx * PAGE_SHARE);
      }}
    >
      <div
        className="timeline-scrollbar-thumb"
        style={{ left: geometry.thumbLeftPx, width: geometry.thumbWidthPx }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          dragFromPx.current = event.clientX;
        }}
        onPointerMove={(event) => {
          if (dragFromPx.current === null) return;
          onScrollByPx((event.clientX - dragFromPx.current) * geometry.lanePxPerThumbPx);
          dragFromPx.current = event.clientX;
        }}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      />
    </div>
  );
}
