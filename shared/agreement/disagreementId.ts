import type { DisagreementKind, DisagreementLocation } from './Disagreement.ts';

/** 53 bits of a string hash (two 32-bit multiply-xorshift lanes); the same in every engine. */
function hash53(text: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first =
    Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second =
    Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return 4294967296 * (2097151 & second) + (first >>> 0);
}

function describeLocation(location: DisagreementLocation): string {
  return 'frames' in location
    ? `f${location.frames.first}-${location.frames.last}`
    : `t${location.startMs}-${location.endMs}`;
}

/**
 * The id of a disagreement: a hash of its kind, the two layers (in name order), its objects
 * (sorted) and its location, so the same disagreement found again by a recompute gets the same id
 * and a reviewer's decision about it still applies.
 */
export function disagreementId(input: {
  kind: DisagreementKind;
  layers: readonly [string, string];
  objectIds: readonly string[];
  location: DisagreementLocation;
}): string {
  const layers = [...input.layers].sort().join('|');
  const objects = [...input.objectIds].sort().join(',');
  const key = `${input.kind}\u0000${layers}\u0000${objects}\u0000${describeLocation(input.location)}`;
  return `d${hash53(key).toString(36).padStart(11, '0')}`;
}
