import type { AgreementContext } from '../../../shared/agreement/incremental/IncrementalAgreement.ts';
import type { AgreementChanges } from '../../../shared/agreement/writeAgreementChanges.ts';

/** What the event loop tells the agreement worker about the items it scores. */
export type ToAgreementWorker =
  | { type: 'open'; item: string; context: AgreementContext }
  | { type: 'layer'; item: string; name: string; state: Uint8Array }
  | { type: 'update'; item: string; name: string; update: Uint8Array }
  | { type: 'dropLayer'; item: string; name: string }
  | { type: 'close'; item: string };

/** What the agreement worker answers: an item's changes after a rescore, or why it could not score. */
export type FromAgreementWorker =
  | { type: 'changes'; item: string; changes: AgreementChanges; elapsedMs: number }
  | { type: 'failed'; item: string; message: string };
