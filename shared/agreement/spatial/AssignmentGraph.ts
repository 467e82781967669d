/** A pair that may be matched: an index into the left list, one into the right list, a whole weight > 0. */
export interface WeightedPair {
  left: number;
  right: number;
  weight: number;
}

/**
 * Pairs as a minimum-cost assignment where every row gets a column: row i may take right column
 * j < rightCount at cost maxWeight − weight, or its own column rightCount + i ("unmatched") at cost
 * maxWeight; shifting a row's costs by one constant changes no choice, and all costs are ≥ 0.
 * Each row's edges are stored from edgeStart[i] to edgeStart[i + 1], columns ascending.
 */
export interface AssignmentGraph {
  rowCount: number;
  rightCount: number;
  columnCount: number;
  edgeStart: Int32Array;
  edgeColumn: Int32Array;
  edgeCost: Float64Array;
}

/** The cost graph of pairs between `leftCount` rows and `rightCount` columns; a repeated pair keeps its largest weight. */
export function buildAssignmentGraph(
  leftCount: number,
  rightCount: number,
  pairs: readonly WeightedPair[],
): AssignmentGraph {
  const maxWeight = pairs.reduce((largest, pair) => Math.max(largest, pair.weight), 0);
  // Counting sort by row, then each row's few pairs by column, heaviest first within a column.
  const pairStart = new Int32Array(leftCount + 1);
  for (const pair of pairs) pairStart[pair.left + 1] = (pairStart[pair.left + 1] as number) + 1;
  for (let row = 0; row < leftCount; row += 1) {
    pairStart[row + 1] = (pairStart[row + 1] as number) + (pairStart[row] as number);
  }
  const byRow: WeightedPair[] = new Array(pairs.length);
  const fill = pairStart.slice(0, leftCount);
  for (const pair of pairs) {
    byRow[fill[pair.left] as number] = pair;
    fill[pair.left] = (fill[pair.left] as number) + 1;
  }
  const edgeStart = new Int32Array(leftCount + 1);
  const columns: number[] = [];
  const costs: number[] = [];
  for (let row = 0; row < leftCount; row += 1) {
    const rowPairs = byRow.slice(pairStart[row], pairStart[row + 1]);
    rowPairs.sort((first, second) => first.right - second.right || second.weight - first.weight);
    edgeStart[row] = columns.length;
    for (const pair of rowPairs) {
      // A repeat of the column just added is the lighter copy of a repeated pair.
      if (columns.length > (edgeStart[row] as number) && columns.at(-1) === pair.right) continue;
      columns.push(pair.right);
      costs.push(maxWeight - pair.weight);
    }
    columns.push(rightCount + row);
    costs.push(maxWeight);
  }
  edgeStart[leftCount] = columns.length;
  return {
    rowCount: leftCount,
    rightCount,
    columnCount: rightCount + leftCount,
    edgeStart,
    edgeColumn: Int32Array.from(columns),
    edgeCost: Float64Array.from(costs),
  };
}
