import type { AssignmentGraph } from './AssignmentGraph.ts';

/** A minimum-cost assignment with the dual potentials that prove it optimal. */
export interface OptimalAssignment {
  rowColumn: Int32Array;
  /** The row holding each column, or -1. */
  columnRow: Int32Array;
  rowPotential: Float64Array;
  /** ≤ 0, and 0 on every column no row holds. */
  columnPotential: Float64Array;
}

/** Scratch space of one shortest-path search, reset between rows for the columns it reached. */
interface PathSearch {
  slack: Float64Array;
  previousColumn: Int32Array;
  done: Uint8Array;
  reached: number[];
}

/** Lowers the slack of the columns `row` reaches, remembering that they were reached from `fromColumn`. */
function relaxRow(
  graph: AssignmentGraph,
  optimal: OptimalAssignment,
  search: PathSearch,
  row: number,
  fromColumn: number,
): void {
  const { slack, previousColumn, done, reached } = search;
  const [first, end] = [graph.edgeStart[row] as number, graph.edgeStart[row + 1] as number];
  for (let edge = first; edge < end; edge += 1) {
    const column = graph.edgeColumn[edge] as number;
    if (done[column]) continue;
    const reduced =
      (graph.edgeCost[edge] as number) -
      (optimal.rowPotential[row] as number) -
      (optimal.columnPotential[column] as number);
    if ((slack[column] as number) === Infinity) reached.push(column);
    if (reduced < (slack[column] as number)) {
      slack[column] = reduced;
      previousColumn[column] = fromColumn;
    }
  }
}

/** The nearest column not yet done; among equally near ones a free column, which ends the search. */
function nearestColumn(search: PathSearch, columnRow: Int32Array): [number, number] {
  let [delta, nearest] = [Infinity, -1];
  for (const column of search.reached) {
    if (search.done[column]) continue;
    const distance = search.slack[column] as number;
    if (distance < delta || (distance === delta && columnRow[column] === -1)) {
      [delta, nearest] = [distance, column];
    }
  }
  return [delta, nearest];
}

/** Runs Dijkstra from `startRow` until it reaches a free column, keeping potentials feasible; returns that column. */
function searchFrom(
  graph: AssignmentGraph,
  optimal: OptimalAssignment,
  search: PathSearch,
  startRow: number,
): number {
  const { columnRow, rowPotential, columnPotential } = optimal;
  // Column -1 stands for the start row's empty seat, as column 0 does in the textbook version.
  let [column, row] = [-1, startRow];
  for (;;) {
    relaxRow(graph, optimal, search, row, column);
    const [delta, nearest] = nearestColumn(search, columnRow);
    rowPotential[startRow] = (rowPotential[startRow] as number) + delta;
    for (const target of search.reached) {
      if (search.done[target]) {
        const holder = columnRow[target] as number;
        rowPotential[holder] = (rowPotential[holder] as number) + delta;
        columnPotential[target] = (columnPotential[target] as number) - delta;
      } else {
        search.slack[target] = (search.slack[target] as number) - delta;
      }
    }
    search.done[nearest] = 1;
    column = nearest;
    if (columnRow[column] === -1) return column;
    row = columnRow[column] as number;
  }
}

/**
 * Assigns every row of `graph` a column at least total cost: the Hungarian method, adding one row
 * at a time along a shortest augmenting path (Dijkstra on reduced costs, as Jonker–Volgenant).
 * Only columns reached in a search are scanned, so a row costs O(reached² + edges) and a dense
 * n × n graph O(n³); costs are whole numbers, so potentials are too and every comparison is exact.
 * Afterwards rowPotential[i] + columnPotential[j] ≤ cost(i, j) on every edge, with equality on
 * the assigned ones.
 */
export function augmentShortestPaths(graph: AssignmentGraph): OptimalAssignment {
  const { rowCount, columnCount } = graph;
  const optimal: OptimalAssignment = {
    rowColumn: new Int32Array(rowCount).fill(-1),
    columnRow: new Int32Array(columnCount).fill(-1),
    rowPotential: new Float64Array(rowCount),
    columnPotential: new Float64Array(columnCount),
  };
  const search: PathSearch = {
    slack: new Float64Array(columnCount).fill(Infinity),
    previousColumn: new Int32Array(columnCount),
    done: new Uint8Array(columnCount),
    reached: [],
  };
  for (let startRow = 0; startRow < rowCount; startRow += 1) {
    // The start row's own "unmatched" column is always free, so every search ends.
    let column = searchFrom(graph, optimal, search, startRow);
    while (column !== -1) {
      // Shift every row on the path one seat along, towards the free column.
      const previous = search.previousColumn[column] as number;
      const moving = previous === -1 ? startRow : (optimal.columnRow[previous] as number);
      [optimal.columnRow[column], optimal.rowColumn[moving]] = [moving, column];
      column = previous;
    }
    for (const target of search.reached)
      [search.slack[target], search.done[target]] = [Infinity, 0];
    search.reached.length = 0;
  }
  return optimal;
}
