import type { RefCallback } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampTimelineView, fitTimelineView } from './fitTimelineView.ts';
import type { TimelineView } from './timelineView.ts';
import { followPlayhead, scrollTimelineView, zoomTimelineView } from './zoomTimelineView.ts';

/** The timeline's window on the media and the ways to move it. */
export interface TimelineViewControls {
  view: TimelineView | null;
  /** The element whose width the time lanes share (the ruler's lane). */
  measureRef: RefCallback<HTMLElement>;
  /** The element that takes Ctrl+wheel zoom and horizontal wheel scroll. */
  wheelRef: RefCallback<HTMLElement>;
  zoomBy(factor: number, anchorPx?: number): void;
  scrollByPx(deltaPx: number): void;
  fit(): void;
}

const WHEEL_ZOOM_PER_PX = 0.0015;
const LINE_PX = 16;

function wheelPx(event: WheelEvent, delta: number, pagePx: number): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return delta * LINE_PX;
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return delta * pagePx;
  return delta;
}

/** Keeps the timeline view fitted to its width, zoomable, scrollable and following the playhead. */
export function useTimelineView(
  durationMs: number,
  frameMs: number,
  playheadMs: number,
): TimelineViewControls {
  const [view, setView] = useState<TimelineView | null>(null);
  const lane = useRef<HTMLElement | null>(null);
  const limits = useRef({ durationMs, frameMs });
  useLayoutEffect(() => {
    limits.current = { durationMs, frameMs };
  }, [durationMs, frameMs]);

  const measureRef = useCallback<RefCallback<HTMLElement>>((element) => {
    lane.current = element;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const widthPx = Math.max(1, element.clientWidth);
      const { durationMs: duration, frameMs: frame } = limits.current;
      setView((current) =>
        current
          ? clampTimelineView({ ...current, widthPx }, duration, frame)
          : fitTimelineView(duration, widthPx, frame),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setView((current) => current && clampTimelineView(current, durationMs, frameMs));
  }, [durationMs, frameMs]);

  useEffect(() => {
    setView((current) => current && followPlayhead(current, playheadMs, durationMs, frameMs));
  }, [playheadMs, durationMs, frameMs]);

  const zoomBy = useCallback((factor: number, anchorPx?: number) => {
    const { durationMs: duration, frameMs: frame } = limits.current;
    setView(
      (current) =>
        current &&
        zoomTimelineView(current, anchorPx ?? current.widthPx / 2, factor, duration, frame),
    );
  }, []);

  const scrollByPx = useCallback((deltaPx: number) => {
    const { durationMs: duration, frameMs: frame } = limits.current;
    setView((current) => current && scrollTimelineView(current, deltaPx, duration, frame));
  }, []);

  const fit = useCallback(() => {
    const { durationMs: duration, frameMs: frame } = limits.current;
    setView((current) => current && fitTimelineView(duration, current.widthPx, frame));
  }, []);

  const wheelRef = useCallback<RefCallback<HTMLElement>>(
    (element) => {
      if (!element) return;
      const onWheel = (event: WheelEvent) => {
        const laneElement = lane.current;
        if (!laneElement) return;
        const pagePx = laneElement.clientWidth;
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          const anchorPx = event.clientX - laneElement.getBoundingClientRect().left;
          zoomBy(Math.exp(-wheelPx(event, event.deltaY, pagePx) * WHEEL_ZOOM_PER_PX), anchorPx);
        } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          event.preventDefault();
          const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
          scrollByPx(wheelPx(event, delta, pagePx));
        }
      };
      element.addEventListener('wheel', onWheel, { passive: false });
      return () => element.removeEventListener('wheel', onWheel);
    },
    [zoomBy, scrollByPx],
  );

  return { view, measureRef, wheelRef, zoomBy, scrollByPx, fit };
}
