import { applyImport } from './applyImport.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import type { ExchangeFailure } from './ExchangeFailure.ts';
import type { ImportRequest } from './ImportPlan.ts';
import type { ImportSummary } from './ImportSummary.ts';
import { planImport } from './planImport.ts';

/** Imports a native file into an item: checked completely first, then written all or nothing. */
export async function importItem(
  dependencies: ExchangeDependencies,
  request: ImportRequest,
): Promise<{ ok: true; summary: ImportSummary } | ExchangeFailure> {
  const planned = await planImport(dependencies, request);
  if (!planned.ok) return planned;
  return applyImport(dependencies, planned.plan);
}
