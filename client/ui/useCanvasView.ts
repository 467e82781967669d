import type { RefObject } from 'react';
import { useEffect, useState } from 'react';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import { createCanvasView } from '../canvas/createCanvasView.ts';
import type { MediaSize } from '../tools/MediaSize.ts';

/** The pixi overlay inside a host element, sized to follow the element. */
export function useCanvasView(
  hostRef: RefObject<HTMLDivElement | null>,
  media: MediaSize,
): { view: CanvasView | null; error: string | null } {
  const [view, setView] = useState<CanvasView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { width, height } = media;
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let created: CanvasView | null = null;
    let cancelled = false;
    void createCanvasView(host, { width, height }).then((result) => {
      if (!result.ok) return setError(result.error);
      if (cancelled) return result.value.destroy();
      created = result.value;
      setView(created);
    });
    return () => {
      cancelled = true;
      created?.destroy();
      setView(null);
    };
  }, [hostRef, width, height]);
  useEffect(() => {
    const host = hostRef.current;
    if (!view || !host) return;
    const resize = () => view.setDisplaySize(host.clientWidth, host.clientHeight);
    const observer = new ResizeObserver(resize);
    observer.observe(host);
    resize();
    return () => observer.disconnect();
  }, [hostRef, view]);
  return { view, error };
}
