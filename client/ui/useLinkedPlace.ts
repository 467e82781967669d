import { useEffect, useRef } from 'react';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import type { LinkedPlace } from './linkedPlace.ts';
import { linkedPlace } from './linkedPlace.ts';

/**
 * Seeks to the place the page's link names in its fragment (`#frame=…`, `#t=…`) as soon as the
 * media can seek, and again whenever the fragment changes: a guidelines example opens the review
 * page where its case is.
 */
export function useLinkedPlace(
  ready: boolean,
  frameRate: FrameRate | null,
  seekTo: (place: LinkedPlace) => void,
): void {
  const pending = useRef(linkedPlace(window.location.hash, frameRate));
  useEffect(() => {
    const place = pending.current;
    if (!ready || place === null) return;
    pending.current = null;
    seekTo(place);
  }, [ready, seekTo]);
  useEffect(() => {
    if (!ready) return;
    const follow = () => {
      const place = linkedPlace(window.location.hash, frameRate);
      if (place) seekTo(place);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [ready, frameRate, seekTo]);
}
