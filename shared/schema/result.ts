/** A value or an error message a person can act on; errors are values, never thrown across boundaries. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error message as a failed result. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
