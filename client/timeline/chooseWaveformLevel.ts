import type { PeaksDescription } from '../../shared/protocol/peaks.ts';
import { msPerBucket } from '../../shared/protocol/peaks.ts';

/**
 * The level whose buckets are nearest one pixel wide at this zoom (on a log scale, the finer
 * one on a tie), so each column of the waveform draws about one bucket.
 */
export function chooseWaveformLevel(description: PeaksDescription, pxPerMs: number): number {
  let chosen = 0;
  let nearest = Infinity;
  description.levels.forEach((level, index) => {
    const distance = Math.abs(Math.log(msPerBucket(description, level) * pxPerMs));
    if (distance < nearest) {
      chosen = index;
      nearest = distance;
    }
  });
  return chosen;
}
