import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';

/** Why an export or import did nothing, as the HTTP status, a code, a sentence and every problem found. */
export interface ExchangeFailure {
  ok: false;
  status: 400 | 403 | 404 | 409 | 422 | 500;
  code: string;
  message: string;
  problems: readonly NativeProblem[];
}

/** A failure whose problems are summed up in its message. */
export function exchangeFailure(
  status: ExchangeFailure['status'],
  code: string,
  problems: readonly NativeProblem[],
  what: string,
): ExchangeFailure {
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  return { ok: false, status, code, message: `${what}: ${count}`, problems };
}

/** A failure about the request as a whole (no path inside the file). */
export function requestFailure(
  status: ExchangeFailure['status'],
  code: string,
  message: string,
): ExchangeFailure {
  return { ok: false, status, code, message, problems: [] };
}

/** Body of a refused export or import: the usual error, and the problems (the first thousand of them). */
export interface ExchangeErrorBody {
  error: { code: string; message: string };
  problems: NativeProblem[];
  /** How many problems were found; more than `problems` holds when the list was cut. */
  problemCount: number;
}
