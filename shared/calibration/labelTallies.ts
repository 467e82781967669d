import type { Disagreement } from '../agreement/Disagreement.ts';
import { GOLD_LAYER } from '../doc/layerKind.ts';
import type { LabelTally } from './CalibrationReportData.ts';

/** What one item contributes: gold's labelled objects, the trainees' layers, the disagreements. */
export interface ItemLabelEvidence {
  goldObjects: ReadonlyArray<{ id: string; labelId: string | null }>;
  traineeLayers: readonly string[];
  disagreements: readonly Disagreement[];
}

const UNMATCHED_KINDS = new Set(['missing', 'extra', 'label']);

/**
 * Per label, over items and trainees: gold's objects with it, those a trainee matched with the same
 * label (no missing, extra or label disagreement between gold and that trainee names the object),
 * and the label disagreements involving it. Sorted by label name; labels gold never uses appear
 * only when disagreements name them.
 */
export function labelTallies(
  items: readonly ItemLabelEvidence[],
  labelName: (labelId: string) => string,
): LabelTally[] {
  const tallies = new Map<string, LabelTally>();
  const tallyOf = (labelId: string) => {
    const known = tallies.get(labelId);
    if (known) return known;
    const fresh = {
      labelId,
      labelName: labelName(labelId),
      gold: 0,
      agreed: 0,
      labelDisagreements: 0,
    };
    tallies.set(labelId, fresh);
    return fresh;
  };
  for (const { goldObjects, traineeLayers, disagreements } of items) {
    for (const layer of traineeLayers) {
      const withGold = disagreements.filter(
        (each) => each.layers.includes(GOLD_LAYER) && each.layers.includes(layer),
      );
      const unmatched = new Set(
        withGold.filter((each) => UNMATCHED_KINDS.has(each.kind)).flatMap((each) => each.objectIds),
      );
      for (const { id, labelId } of goldObjects) {
        if (labelId === null) continue;
        const tally = tallyOf(labelId);
        tally.gold += 1;
        if (!unmatched.has(id)) tally.agreed += 1;
      }
      for (const each of withGold) {
        if (each.kind === 'label' && each.labelId !== null)
          tallyOf(each.labelId).labelDisagreements += 1;
      }
    }
  }
  return [...tallies.values()].sort(
    (a, b) => a.labelName.localeCompare(b.labelName) || (a.labelId < b.labelId ? -1 : 1),
  );
}
