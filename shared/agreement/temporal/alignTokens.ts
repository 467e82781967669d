/** One step of the diff from a reference to a hypothesis; indices count tokens from 0. */
export type EditOperation =
  | {
      kind: 'equal' | 'substitute';
      referenceIndex: number;
      hypothesisIndex: number;
      reference: string;
      hypothesis: string;
    }
  | { kind: 'delete'; referenceIndex: number; reference: string }
  | { kind: 'insert'; hypothesisIndex: number; hypothesis: string };

/**
 * The cheapest diff (Levenshtein, every edit costs 1) that turns `reference` into `hypothesis`, in
 * token order. Among equally cheap diffs it is chosen walking from the start, preferring at each
 * step equal or substitute, then delete, then insert: tokens pair up as early as they can.
 */
export function alignTokens(
  reference: readonly string[],
  hypothesis: readonly string[],
): EditOperation[] {
  const cost = suffixCosts(reference, hypothesis);
  const width = hypothesis.length + 1;
  const costAt = (referenceIndex: number, hypothesisIndex: number) =>
    cost[referenceIndex * width + hypothesisIndex] as number;
  const operations: EditOperation[] = [];
  let [referenceIndex, hypothesisIndex] = [0, 0];
  while (referenceIndex < reference.length || hypothesisIndex < hypothesis.length) {
    const here = costAt(referenceIndex, hypothesisIndex);
    const referenceToken = reference[referenceIndex];
    const hypothesisToken = hypothesis[hypothesisIndex];
    if (referenceToken !== undefined && hypothesisToken !== undefined) {
      const same = referenceToken === hypothesisToken;
      if (costAt(referenceIndex + 1, hypothesisIndex + 1) + (same ? 0 : 1) === here) {
        operations.push({
          kind: same ? 'equal' : 'substitute',
          referenceIndex,
          hypothesisIndex,
          reference: referenceToken,
          hypothesis: hypothesisToken,
        });
        [referenceIndex, hypothesisIndex] = [referenceIndex + 1, hypothesisIndex + 1];
        continue;
      }
    }
    if (referenceToken !== undefined && costAt(referenceIndex + 1, hypothesisIndex) + 1 === here) {
      operations.push({ kind: 'delete', referenceIndex, reference: referenceToken });
      referenceIndex += 1;
      continue;
    }
    operations.push({ kind: 'insert', hypothesisIndex, hypothesis: hypothesisToken as string });
    hypothesisIndex += 1;
  }
  return operations;
}

/** cost[r * (h + 1) + c]: the edit distance from reference[r..] to hypothesis[c..]. */
function suffixCosts(reference: readonly string[], hypothesis: readonly string[]): Uint32Array {
  const width = hypothesis.length + 1;
  const cost = new Uint32Array((reference.length + 1) * width);
  for (let row = reference.length; row >= 0; row -= 1) {
    for (let column = hypothesis.length; column >= 0; column -= 1) {
      const at = row * width + column;
      if (row === reference.length) cost[at] = hypothesis.length - column;
      else if (column === hypothesis.length) cost[at] = reference.length - row;
      else {
        const change = reference[row] === hypothesis[column] ? 0 : 1;
        cost[at] = Math.min(
          (cost[at + width + 1] as number) + change,
          (cost[at + width] as number) + 1,
          (cost[at + 1] as number) + 1,
        );
      }
    }
  }
  return cost;
}
