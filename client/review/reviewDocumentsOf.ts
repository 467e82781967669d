import {
  AGREEMENT_LAYER,
  FINAL_LAYER,
  GOLD_LAYER,
  layerKindOf,
  REVIEW_LAYER,
} from '../../shared/doc/layerKind.ts';
import type { ItemDetail, LayerAccess } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { FINAL_LAYER_COLOUR, layerColourAt } from './layerColours.ts';

/** A layer shown on the review page: whose work it is and the colour it is drawn in. */
export interface ReviewLayerInfo {
  access: LayerAccess;
  /** The annotator's name for an assignment layer, `gold` for gold, `final` for final. */
  who: string;
  colour: string;
}

/** The documents of an item the review page opens, as the server grants them to this user. */
export interface ReviewDocuments {
  /** Every assignment layer the user may read, then gold when readable, in name order. */
  compared: ReviewLayerInfo[];
  final: ReviewLayerInfo | null;
  review: LayerAccess | null;
  agreement: LayerAccess;
  schema: LayerAccess | null;
}

function whoseLayer(detail: ItemDetail, layer: string): string {
  if (layer === GOLD_LAYER) return 'gold';
  const assignment = detail.assignments.find((each) => each.layer === layer);
  return assignment?.name || assignment?.username || layer;
}

/**
 * Chooses what the review page opens from an item's detail: the assignment layers and gold it may
 * read (to compare), `final`, `review`, the `agreement` results and the label schema. Fails, saying
 * why, when the user may not see the item's disagreements.
 */
export function reviewDocumentsOf(detail: ItemDetail): Result<ReviewDocuments> {
  const byLayer = (layer: string) => detail.layers.find((each) => each.layer === layer) ?? null;
  const agreement = byLayer(AGREEMENT_LAYER);
  if (!agreement) {
    return fail(
      `you cannot see the disagreements of item ${detail.id}: reviewers and trainers can, and annotators once no work on it is blind`,
    );
  }
  const compared = detail.layers
    .filter((each) => layerKindOf(each.layer).kind === 'assignment' || each.layer === GOLD_LAYER)
    .sort((a, b) => (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0))
    .map((access, index) => ({
      access,
      who: whoseLayer(detail, access.layer),
      colour: layerColourAt(index),
    }));
  const finalAccess = byLayer(FINAL_LAYER);
  return ok({
    compared,
    final: finalAccess
      ? { access: finalAccess, who: FINAL_LAYER, colour: FINAL_LAYER_COLOUR }
      : null,
    review: byLayer(REVIEW_LAYER),
    agreement,
    schema: detail.projectDocuments.find((each) => each.layer === 'schema') ?? null,
  });
}
