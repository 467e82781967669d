/** The Hungarian method's state on a square, 1-based cost matrix; index 0 is a sentinel. */
interface Solver {
  size: number;
  cost: (row: number, column: number) => bigint;
  rowPotential: bigint[];
  columnPotential: bigint[];
  /** The row each column is assigned to, 0 for none. */
  rowOfColumn: number[];
  /** The column before each one on the current augmenting path. */
  previousColumn: number[];
}

/**
 * The one-to-one matching of rows to columns with the largest total weight, exactly (Hungarian
 * method with potentials, O(n³) for n = max(rows, columns)); a weight of 0 means "may not match".
 * Returns each row's column, or null. Among equal totals the result follows the order of rows and
 * columns, so the same matrix always gives the same matching.
 */
export function maximumWeightMatching(weights: readonly (readonly bigint[])[]): (number | null)[] {
  const columnCount = Math.max(0, ...weights.map((row) => row.length));
  const size = Math.max(weights.length, columnCount);
  const solver: Solver = {
    size,
    // Costs to minimise: the negated weights, padded with 0 ("no match") to a square.
    cost: (row, column) => -(weights[row - 1]?.[column - 1] ?? 0n),
    rowPotential: new Array<bigint>(size + 1).fill(0n),
    columnPotential: new Array<bigint>(size + 1).fill(0n),
    rowOfColumn: new Array<number>(size + 1).fill(0),
    previousColumn: new Array<number>(size + 1).fill(0),
  };
  for (let row = 1; row <= size; row += 1) assignRow(solver, row);
  const columnOfRow = new Array<number | null>(weights.length).fill(null);
  for (let column = 1; column <= columnCount; column += 1) {
    const row = (solver.rowOfColumn[column] as number) - 1;
    if ((weights[row]?.[column - 1] ?? 0n) > 0n) columnOfRow[row] = column - 1;
  }
  return columnOfRow;
}

/** Adds one row to the assignment along a shortest augmenting path, keeping it optimal. */
function assignRow(solver: Solver, row: number): void {
  const { rowOfColumn, previousColumn } = solver;
  rowOfColumn[0] = row;
  // null: not reached yet (every column is reached by the first relax, the matrix being full).
  const slack = new Array<bigint | null>(solver.size + 1).fill(null);
  const visited = new Array<boolean>(solver.size + 1).fill(false);
  let column = 0;
  do {
    visited[column] = true;
    const [delta, nextColumn] = relax(solver, column, slack, visited);
    for (let candidate = 0; candidate <= solver.size; candidate += 1) {
      if (visited[candidate]) {
        const matchedRow = rowOfColumn[candidate] as number;
        solver.rowPotential[matchedRow] = (solver.rowPotential[matchedRow] as bigint) + delta;
        solver.columnPotential[candidate] = (solver.columnPotential[candidate] as bigint) - delta;
      } else {
        slack[candidate] = (slack[candidate] ?? 0n) - delta;
      }
    }
    column = nextColumn;
  } while (rowOfColumn[column] !== 0);
  // Shift every assignment along the path back to the sentinel, freeing room for the new row.
  while (column !== 0) {
    const previous = previousColumn[column] as number;
    rowOfColumn[column] = rowOfColumn[previous] as number;
    column = previous;
  }
}

/** Lowers the slack of unvisited columns through `column`'s row; returns the least and its column. */
function relax(
  solver: Solver,
  column: number,
  slack: (bigint | null)[],
  visited: readonly boolean[],
): [bigint, number] {
  const fromRow = solver.rowOfColumn[column] as number;
  let [delta, nextColumn]: [bigint | null, number] = [null, 0];
  for (let candidate = 1; candidate <= solver.size; candidate += 1) {
    if (visited[candidate]) continue;
    const reduced =
      solver.cost(fromRow, candidate) -
      (solver.rowPotential[fromRow] as bigint) -
      (solver.columnPotential[candidate] as bigint);
    const known = slack[candidate] ?? null;
    if (known === null || reduced < known) {
      slack[candidate] = reduced;
      solver.previousColumn[candidate] = column;
    }
    const least = slack[candidate] as bigint;
    if (delta === null || least < delta) [delta, nextColumn] = [least, candidate];
  }
  return [delta ?? 0n, nextColumn];
}
