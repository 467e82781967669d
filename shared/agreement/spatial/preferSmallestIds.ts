import type { AssignmentGraph } from './AssignmentGraph.ts';
import type { OptimalAssignment } from './augmentShortestPaths.ts';

/** Columns found by a backward search, with the column each one's row would move on to (-1 at a source). */
interface ColumnSearch {
  stamp: number;
  reachedAt: Int32Array;
  next: Int32Array;
  order: number[];
}

function columnSearch(columnCount: number): ColumnSearch {
  const [reachedAt, next] = [new Int32Array(columnCount), new Int32Array(columnCount)];
  return { stamp: 0, reachedAt, next, order: [] };
}

/** The columns a row reaches by tight edges (reduced cost exactly 0), ascending. */
function tightColumnsOf(graph: AssignmentGraph, optimal: OptimalAssignment, row: number): number[] {
  const columns: number[] = [];
  const [first, end] = [graph.edgeStart[row] as number, graph.edgeStart[row + 1] as number];
  for (let edge = first; edge < end; edge += 1) {
    const column = graph.edgeColumn[edge] as number;
    const reduced =
      (graph.edgeCost[edge] as number) -
      (optimal.rowPotential[row] as number) -
      (optimal.columnPotential[column] as number);
    if (reduced === 0) columns.push(column);
  }
  return columns;
}

/** Settles rows in order over the tight edges of an optimal assignment, changing it in place. */
class RowSettler {
  private readonly graph: AssignmentGraph;
  private readonly optimal: OptimalAssignment;
  /** The rows with a tight edge to each column. */
  private readonly tightRows: number[][];
  private readonly settled: Uint8Array;
  private readonly toCurrent: ColumnSearch;
  private readonly toFree: ColumnSearch;

  constructor(graph: AssignmentGraph, optimal: OptimalAssignment) {
    [this.graph, this.optimal] = [graph, optimal];
    this.tightRows = Array.from({ length: graph.columnCount }, (): number[] => []);
    for (let row = 0; row < graph.rowCount; row += 1) {
      for (const column of tightColumnsOf(graph, optimal, row)) {
        (this.tightRows[column] as number[]).push(row);
      }
    }
    this.settled = new Uint8Array(graph.rowCount);
    this.toCurrent = columnSearch(graph.columnCount);
    this.toFree = columnSearch(graph.columnCount);
  }

  /** Gives `row` the first tight column that an optimal assignment keeping the settled rows allows. */
  settle(row: number): void {
    const current = this.optimal.rowColumn[row] as number;
    const candidates = tightColumnsOf(this.graph, this.optimal, row);
    if (candidates[0] !== current) this.moveToFirstAllowed(row, current, candidates);
    this.settled[row] = 1;
  }

  private moveToFirstAllowed(row: number, current: number, candidates: readonly number[]): void {
    const { columnPotential } = this.optimal;
    this.searchBack(this.toCurrent, [current], row);
    // Leaving for a free column releases a column, which must then have potential 0.
    const release = this.toCurrent.order.find((column) => columnPotential[column] === 0);
    let freeSearched = false;
    for (const candidate of candidates) {
      if (candidate === current) return;
      const closesCycle = this.reached(this.toCurrent, candidate);
      if (!closesCycle) {
        if (release === undefined) continue;
        if (!freeSearched) this.searchBack(this.toFree, this.freeColumns(), row);
        freeSearched = true;
        if (!this.reached(this.toFree, candidate)) continue;
      }
      this.move(row, current, candidate, closesCycle ? null : (release as number));
      return;
    }
  }

  /** Moves `row` to `candidate`, shifting the rows behind it; `release` is null for a cycle. */
  private move(row: number, current: number, candidate: number, release: number | null): void {
    const { rowColumn, columnRow } = this.optimal;
    columnRow[current] = -1;
    if (release === null) {
      this.shiftAlong(this.toCurrent, candidate);
    } else {
      // The two shifts share no column: one reaching the other would have closed a cycle.
      this.shiftAlong(this.toFree, candidate);
      if (release !== current) this.shiftAlong(this.toCurrent, release);
    }
    [columnRow[candidate], rowColumn[row]] = [row, candidate];
  }

  /** Finds every column whose row can move, by tight edges and unsettled rows other than `mover`, towards a source. */
  private searchBack(search: ColumnSearch, sources: readonly number[], mover: number): void {
    const { rowColumn } = this.optimal;
    search.stamp += 1;
    search.order.length = 0;
    for (const source of sources) {
      [search.reachedAt[source], search.next[source]] = [search.stamp, -1];
      search.order.push(source);
    }
    for (let head = 0; head < search.order.length; head += 1) {
      const column = search.order[head] as number;
      for (const holder of this.tightRows[column] as number[]) {
        if (holder === mover || this.settled[holder]) continue;
        const seat = rowColumn[holder] as number;
        if (seat === column || search.reachedAt[seat] === search.stamp) continue;
        [search.reachedAt[seat], search.next[seat]] = [search.stamp, column];
        search.order.push(seat);
      }
    }
  }

  /** Moves the row holding `from` one step towards the search's source, and each row it displaces. */
  private shiftAlong(search: ColumnSearch, from: number): void {
    const { rowColumn, columnRow } = this.optimal;
    let [column, moving] = [from, columnRow[from] as number];
    columnRow[from] = -1;
    while ((search.next[column] as number) !== -1) {
      const target = search.next[column] as number;
      const displaced = columnRow[target] as number;
      [columnRow[target], rowColumn[moving]] = [moving, target];
      [column, moving] = [target, displaced];
    }
  }

  private reached(search: ColumnSearch, column: number): boolean {
    return search.reachedAt[column] === search.stamp;
  }

  private freeColumns(): number[] {
    const free: number[] = [];
    this.optimal.columnRow.forEach((row, column) => row === -1 && free.push(column));
    return free;
  }
}

/**
 * Moves an optimal assignment to the optimal one whose matched pairs, sorted by row then column,
 * form the smallest list. Assignments are optimal exactly when they use only tight edges and hold
 * every column with a negative potential, so rows are settled in order, each taking the first of
 * its tight columns (right columns ascending, then its own "unmatched" column) that some optimal
 * assignment keeping the settled rows still allows. A column is allowed when the rows holding it
 * and the columns after it can shift along tight edges back into the row's current column, or on
 * to a free column while the current one is released (its potential is 0, or a shift into it
 * starts at a column of potential 0). A row costs at most two backward searches over tight edges,
 * O(edges + columns), so all rows O(n³) at worst.
 */
export function preferSmallestIds(graph: AssignmentGraph, optimal: OptimalAssignment): void {
  const settler = new RowSettler(graph, optimal);
  for (let row = 0; row < graph.rowCount; row += 1) settler.settle(row);
}
