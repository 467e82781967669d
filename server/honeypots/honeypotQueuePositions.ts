/**
 * How many honeypots an annotator with `openAssignments` open assignments gets so that they make
 * up `rate` of the queue afterwards: ceil(rate × open / (1 − rate)), at least one.
 */
export function honeypotCount(rate: number, openAssignments: number): number {
  // 0.1 × 9 / 0.9 is 1.0000000000000002 in floating point; it means 1.
  const exact = (rate * openAssignments) / (1 - rate);
  return Math.max(1, Math.ceil(exact - 1e-9));
}

/**
 * Where `count` honeypots go in a queue of `queueLength` assignments of which those at `openIndices`
 * (ascending) are open: each position is how many assignments come before it, spread evenly among
 * the open ones. With no open work they all go at the end.
 */
export function honeypotQueuePositions(
  count: number,
  openIndices: readonly number[],
  queueLength: number,
): number[] {
  const open = openIndices.length;
  return Array.from({ length: count }, (_, index) => {
    const openBefore = Math.round(((index + 1) * open) / (count + 1));
    if (openBefore === 0) return openIndices[0] ?? queueLength;
    return (openIndices[openBefore - 1] as number) + 1;
  });
}
