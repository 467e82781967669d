import type { MediaSize } from '../tools/MediaSize.ts';
import type { Point } from '../tools/Point.ts';
import { mediaPointAt } from '../viewport/mediaPointAt.ts';
import type { StageViewport } from '../viewport/StageViewport.ts';
import { FIT_VIEWPORT } from '../viewport/StageViewport.ts';
import type { CanvasPointerEvent } from './CanvasPointerEvent.ts';

/**
 * Turns pointer events on an element showing the media into media-pixel events for subscribers,
 * through the zoom and pan the element shows the media with.
 */
export function listenToPointer(
  host: HTMLElement,
  media: MediaSize,
  viewportOf: () => StageViewport = () => FIT_VIEWPORT,
) {
  const listeners = new Set<(event: CanvasPointerEvent) => void>();
  const emit = (event: CanvasPointerEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const toMedia = (event: PointerEvent): Point => {
    const rect = host.getBoundingClientRect();
    return mediaPointAt(viewportOf(), media, {
      x: (event.clientX - rect.left) / Math.max(1, rect.width),
      y: (event.clientY - rect.top) / Math.max(1, rect.height),
    });
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    host.setPointerCapture(event.pointerId);
    event.preventDefault();
    host.focus({ preventScroll: true });
    emit({
      type: 'pointerDown',
      point: toMedia(event),
      additive: event.shiftKey,
      alt: event.altKey,
    });
  };
  const onMove = (event: PointerEvent) => emit({ type: 'pointerMove', point: toMedia(event) });
  const onUp = (event: PointerEvent) => {
    if (event.button !== 0) return;
    if (host.hasPointerCapture(event.pointerId)) host.releasePointerCapture(event.pointerId);
    emit({ type: 'pointerUp', point: toMedia(event) });
  };
  const onCancel = () => emit({ type: 'pointerCancel' });
  const onLeave = () => emit({ type: 'pointerLeave' });
  host.addEventListener('pointerdown', onDown);
  host.addEventListener('pointermove', onMove);
  host.addEventListener('pointerup', onUp);
  host.addEventListener('pointercancel', onCancel);
  host.addEventListener('pointerleave', onLeave);
  return {
    subscribe(listener: (event: CanvasPointerEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      host.removeEventListener('pointerdown', onDown);
      host.removeEventListener('pointermove', onMove);
      host.removeEventListener('pointerup', onUp);
      host.removeEventListener('pointercancel', onCancel);
      host.removeEventListener('pointerleave', onLeave);
      listeners.clear();
    },
  };
}
