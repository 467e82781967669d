import type { ItemAgreement } from '../../shared/agreement/itemAgreement.ts';
import { itemAgreement } from '../../shared/agreement/itemAgreement.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';

/** What an item's layers are scored with: the media's grid and the project's labels and tiers. */
export interface ItemScoringContext {
  media: { width: number; height: number; frameCount: number };
  labels: readonly Label[];
  tiers: readonly Tier[];
}

/** The full agreement of an item's layers (gold and trainees'), as the live engine computes it. */
export function scoreItemLayers(
  layers: ReadonlyMap<string, LayerSnapshot>,
  texts: ReadonlyMap<string, ReadonlyMap<string, string>>,
  context: ItemScoringContext,
): ItemAgreement {
  const scored = itemAgreement(layers, { ...context, texts });
  // The labels come from the schema the engine also checks; a failure is a server fault.
  if (!scored.ok) throw new Error(scored.error);
  return scored.value;
}
