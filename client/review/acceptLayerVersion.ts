import type { AcceptedIntoFinal } from '../../shared/agreement/acceptIntoFinal.ts';
import { acceptIntoFinal } from '../../shared/agreement/acceptIntoFinal.ts';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableFinal, writableReview } from './ReviewCommandContext.ts';
import { recordDecision } from './recordDecision.ts';

function noteOf(sourceLayer: string, accepted: AcceptedIntoFinal): string {
  const parts = [`accepted ${sourceLayer}'s version`];
  if (accepted.copied.length > 0) parts.push(`copied ${accepted.copied.join(', ')}`);
  if (accepted.removed.length > 0) parts.push(`removed ${accepted.removed.join(', ')}`);
  if (accepted.copied.length === 0 && accepted.removed.length === 0) parts.push('final unchanged');
  return parts.join('; ');
}

/**
 * Makes `final` hold one layer's version of a disagreement's objects (copied whole, with their
 * provenance) and records the disagreement as resolved in the review document.
 */
export function acceptLayerVersion(
  context: ReviewCommandContext,
  disagreement: Disagreement,
  sourceLayer: string,
): Result<AcceptedIntoFinal> {
  if (!disagreement.layers.includes(sourceLayer)) {
    return fail(
      `${sourceLayer} is not one of the layers that disagree here (${disagreement.layers.join(' and ')})`,
    );
  }
  const final = writableFinal(context);
  if (!final.ok) return final;
  const review = writableReview(context);
  if (!review.ok) return review;
  const source = context.layerDoc(sourceLayer);
  if (!source) return fail(`${sourceLayer} is not open on this page; reload it to compare again`);
  const nowMs = context.nowMs();
  const accepted = acceptIntoFinal(
    final.value,
    source,
    {
      objectIds: disagreement.objectIds,
      sourceLayer,
      disagreementId: disagreement.id,
      decidedBy: context.me,
      nowMs,
    },
    LOCAL_ORIGIN,
  );
  if (!accepted.ok) return accepted;
  recordDecision(review.value, context, {
    disagreementId: disagreement.id,
    verdict: 'resolved',
    note: noteOf(sourceLayer, accepted.value),
    nowMs,
  });
  return ok(accepted.value);
}
