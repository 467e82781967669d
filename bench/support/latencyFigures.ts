import { percentile } from './percentile.ts';

/** Percentiles of a set of latencies, in milliseconds. */
export interface LatencyFigures {
  p50: number;
  p90: number;
  p99: number;
}

/** p50, p90 and p99 of `samplesMs`. */
export function latencyFigures(samplesMs: readonly number[]): LatencyFigures {
  return {
    p50: percentile(samplesMs, 0.5),
    p90: percentile(samplesMs, 0.9),
    p99: percentile(samplesMs, 0.99),
  };
}
