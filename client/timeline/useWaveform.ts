import { useEffect, useState } from 'react';
import type { PeaksDescription } from '../../shared/protocol/peaks.ts';
import { PeaksCache } from './PeaksCache.ts';
import type { WaveformSource } from './WaveformSource.ts';

/** The waveform of a media as the timeline holds it: being described, failed, or ready to draw. */
export type WaveformState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; description: PeaksDescription; cache: PeaksCache };

/** Fetches the description of a media's waveform and keeps a cache of its buckets. */
export function useWaveform(source: WaveformSource): WaveformState {
  const [state, setState] = useState<WaveformState>({ status: 'loading' });
  const { mediaId, peaks } = source;
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void peaks.describe(mediaId).then((answer) => {
      if (!current) return;
      if (!answer.ok) return setState({ status: 'error', error: answer.error });
      const cache = new PeaksCache(answer.value.levels, (level, from, count) =>
        peaks.buckets(mediaId, level, from, count),
      );
      setState({ status: 'ready', description: answer.value, cache });
    });
    return () => {
      current = false;
    };
  }, [mediaId, peaks]);
  return state;
}
