import { goldScores } from '../../shared/agreement/goldScores.ts';
import type {
  CalibrationReportData,
  ScoreSample,
} from '../../shared/calibration/CalibrationReportData.ts';
import type { ItemLabelEvidence } from '../../shared/calibration/labelTallies.ts';
import { labelTallies } from '../../shared/calibration/labelTallies.ts';
import { traineePairAgreement } from '../../shared/calibration/traineePairAgreement.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { CalibrationSessionSummary } from '../../shared/protocol/calibration.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { AgreementSnapshot } from '../review/createAgreementStore.ts';

/** What one item shows the trainer now. */
export interface ItemNow {
  itemId: string;
  agreement: AgreementSnapshot;
  gold: LayerSnapshot;
}

/**
 * The session as a report would show it at `nowMs`, from the live agreement results: the same
 * functions the closing report and `concord agreement` use (goldScores on the pairs' summaries),
 * so a figure on the dashboard is the figure offline. `timeline` is what the dashboard sampled.
 */
export function liveReportData(
  session: CalibrationSessionSummary,
  items: readonly ItemNow[],
  labels: readonly Label[],
  timeline: readonly ScoreSample[],
  nowMs: number,
): CalibrationReportData {
  const data: CalibrationReportData = {
    session: {
      id: session.id,
      projectId: session.projectId,
      name: session.name,
      trainer: session.trainer,
      itemIds: session.itemIds,
      startedAtMs: session.createdAtMs,
      revealedAtMs: session.revealedAtMs,
      closedAtMs: session.closedAtMs ?? nowMs,
    },
    trainees: session.trainees,
    scores: [],
    agreement: [],
    timeline: [...timeline],
    labels: [],
    guidelineChanges: [],
  };
  const evidence: ItemLabelEvidence[] = [];
  for (const { itemId, agreement, gold } of items) {
    const owners = new Map(
      session.layers
        .filter((each) => each.itemId === itemId)
        .map((each) => [each.layer, each.username]),
    );
    for (const score of goldScores(agreement.pairs)) {
      const username = owners.get(score.layer);
      if (username !== undefined)
        data.scores.push({ itemId, username, layer: score.layer, gold: score });
    }
    for (const pair of agreement.pairs) {
      const between = traineePairAgreement(itemId, pair, (layer) => owners.get(layer));
      if (between) data.agreement.push(between);
    }
    evidence.push({
      goldObjects: [...gold.tracks, ...gold.shapes, ...gold.segments].map(({ id, labelId }) => ({
        id,
        labelId,
      })),
      traineeLayers: [...owners.keys()],
      disagreements: agreement.disagreements,
    });
  }
  const names = new Map(labels.map((label) => [label.id, label.name]));
  data.labels = labelTallies(evidence, (labelId) => names.get(labelId) ?? labelId);
  return data;
}

/** The samples to add now: each trainee's scores on each item, where they moved since the last. */
export function newSamples(
  data: CalibrationReportData,
  previous: readonly ScoreSample[],
  nowMs: number,
): ScoreSample[] {
  const last = new Map<string, ScoreSample>();
  for (const sample of previous) last.set(`${sample.itemId}\u0000${sample.username}`, sample);
  const added: ScoreSample[] = [];
  for (const { itemId, username, gold } of data.scores) {
    const before = last.get(`${itemId}\u0000${username}`);
    const [spatialF1, segmentF1] = [gold.spatial.f1, gold.segments.f1];
    if (before && before.spatialF1 === spatialF1 && before.segmentF1 === segmentF1) continue;
    added.push({ atMs: nowMs, itemId, username, spatialF1, segmentF1 });
  }
  return added;
}
