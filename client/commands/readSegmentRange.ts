import type { YRecord } from '../../shared/doc/layerRoots.ts';

function storedMs(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** A segment record's range as readLayer normalises it: whole ms, ends swapped if a concurrent edit crossed them. */
export function readSegmentRange(record: YRecord): { startMs: number; endMs: number } {
  const first = storedMs(record.get('startMs'));
  const second = storedMs(record.get('endMs'));
  return { startMs: Math.min(first, second), endMs: Math.max(first, second) };
}
