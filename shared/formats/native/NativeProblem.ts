import { formatJsonPath } from './formatJsonPath.ts';

/** One thing wrong with a native file: where (a JSON path like `layers[0].records[3].endMs`) and what. */
export interface NativeProblem {
  /** Empty for the file as a whole. */
  path: string;
  message: string;
}

/** A problem at a path given as its parts (`['layers', 0, 'records']`). */
export function problemAt(path: readonly PropertyKey[], message: string): NativeProblem {
  return { path: formatJsonPath(path), message };
}

/** A problem as one line a person can act on: `path: message`. */
export function describeProblem(problem: NativeProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
