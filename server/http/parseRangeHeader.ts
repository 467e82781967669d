/** What a Range header asks of a resource of known size. */
export type RangeRequest =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * Reads `Range: bytes=…` for one range (`a-b`, `a-`, `-n`). Headers that are absent, malformed,
 * in another unit or ask for several ranges get the whole resource, as RFC 9110 allows.
 * `end` is inclusive.
 */
export function parseRangeHeader(header: string | undefined, sizeBytes: number): RangeRequest {
  const match = /^bytes=\s*(\d*)-(\d*)\s*$/i.exec(header ?? '');
  if (!match) return { kind: 'full' };
  const [, startText = '', endText = ''] = match;
  if (startText === '' && endText === '') return { kind: 'full' };
  if (startText === '') {
    const suffixBytes = Number(endText);
    if (suffixBytes === 0 || sizeBytes === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, sizeBytes - suffixBytes), end: sizeBytes - 1 };
  }
  const start = Number(startText);
  const requestedEnd = endText === '' ? Number.POSITIVE_INFINITY : Number(endText);
  if (requestedEnd < start) return { kind: 'full' };
  if (start >= sizeBytes) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(requestedEnd, sizeBytes - 1) };
}
