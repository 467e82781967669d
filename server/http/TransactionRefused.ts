import type { RouteRefusal } from './RouteOutcome.ts';

/**
 * Thrown inside a meta transaction to refuse the request: the transaction rolls back, so nothing
 * of the request is kept, and whoever ran it answers with the refusal.
 */
export class TransactionRefused extends Error {
  readonly refusal: RouteRefusal;

  constructor(refused: RouteRefusal) {
    super(refused.message);
    this.refusal = refused;
  }
}

/** The refusal a transaction threw; anything else is thrown on. */
export function refusalThrownBy(error: unknown): RouteRefusal {
  if (error instanceof TransactionRefused) return error.refusal;
  throw error;
}
