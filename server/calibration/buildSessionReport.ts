import type { GoldScore } from '../../shared/agreement/goldScores.ts';
import { goldScores } from '../../shared/agreement/goldScores.ts';
import type {
  CalibrationReportData,
  ScoreSample,
  SessionPerson,
} from '../../shared/calibration/CalibrationReportData.ts';
import type { ItemLabelEvidence } from '../../shared/calibration/labelTallies.ts';
import { labelTallies } from '../../shared/calibration/labelTallies.ts';
import { traineePairAgreement } from '../../shared/calibration/traineePairAgreement.ts';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { assignmentLayerOf, GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import { layersOfExport } from '../agreement/cli/layersOfExport.ts';
import type { ExchangeDependencies } from '../exchange/ExchangeDependencies.ts';
import { readLayerDocument } from '../exchange/readLayerDocument.ts';
import { readNativeLayer } from '../exchange/readNativeLayer.ts';
import { layerStateAt } from '../history/layerStateAt.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { AssignmentRow, CalibrationSessionRow, MetaStore } from '../storage/MetaStore.ts';
import { readGuidelineChanges } from './readGuidelineChanges.ts';
import type { ItemScoringContext } from './scoreItemLayers.ts';
import { scoreItemLayers } from './scoreItemLayers.ts';

/** Instants the report's "over time" chart samples, start and close included. */
const TIMELINE_SAMPLES = 12;

/** What a report is read from: the stores, and the server's way of reading live documents. */
export interface ReportDependencies {
  metaStore: MetaStore;
  documentStore: Pick<DocumentStore, 'readLog' | 'checkpointAsOf' | 'hasDocument'>;
  collab: ExchangeDependencies['collab'];
}

async function personOf(metaStore: MetaStore, userId: string): Promise<SessionPerson> {
  const user = await metaStore.getUser(userId);
  return { username: user?.username ?? userId, displayName: user?.name ?? userId };
}

/** Each session item's layers (gold first) as they are now, read as `concord export` reads them. */
export async function readItemNow(
  dependencies: ReportDependencies,
  projectId: string,
  itemId: string,
  layers: readonly string[],
) {
  const native = [];
  for (const layer of layers) {
    const documentName = itemDocumentName(projectId, itemId, layer);
    if (!(await dependencies.documentStore.hasDocument(documentName))) continue;
    native.push(
      await readLayerDocument(dependencies.collab, documentName, (doc) =>
        readNativeLayer(doc, layer),
      ),
    );
  }
  return layersOfExport({ layers: native }, layers);
}

/** Each trainee's scores against gold at `atMs`, replayed from the layers' logs. */
async function sampleAt(
  dependencies: ReportDependencies,
  session: CalibrationSessionRow,
  itemId: string,
  layerOwners: ReadonlyMap<string, string>,
  context: ItemScoringContext,
  atMs: number,
): Promise<ScoreSample[]> {
  const layers = new Map<string, LayerSnapshot>();
  const texts = new Map<string, Map<string, string>>();
  for (const layer of [GOLD_LAYER, ...layerOwners.keys()]) {
    const documentName = itemDocumentName(session.projectId, itemId, layer);
    if (!(await dependencies.documentStore.hasDocument(documentName))) continue;
    const state = await layerStateAt(dependencies.documentStore, documentName, atMs);
    layers.set(layer, state.snapshot);
    texts.set(
      layer,
      new Map(
        state.utterances.flatMap((utterance) =>
          utterance.segmentId === null ? [] : [[utterance.segmentId, utterance.text] as const],
        ),
      ),
    );
  }
  const scores = goldScores(scoreItemLayers(layers, texts, context).pairs);
  return scores.flatMap((score) => {
    const username = layerOwners.get(score.layer);
    if (username === undefined) return [];
    const { spatial, segments } = score;
    return [{ atMs, itemId, username, spatialF1: spatial.f1, segmentF1: segments.f1 }];
  });
}

/**
 * The report of a session as it closes at `closedAtMs`: each trainee's scores against gold and
 * the agreement between trainees now (the functions the live dashboard and `concord agreement`
 * use, on the layers as they stand), scores over time replayed from the logs, and per-label tallies.
 */
export async function buildSessionReport(
  dependencies: ReportDependencies,
  session: CalibrationSessionRow,
  closedAtMs: number,
): Promise<CalibrationReportData> {
  const { metaStore, collab } = dependencies;
  const { projectId } = session;
  const assignments = await metaStore.listSessionAssignments(session.id);
  const schema = await readLayerDocument(
    collab,
    projectDocumentName(projectId, 'schema'),
    readLabelSchema,
  );
  const people = new Map<string, SessionPerson>();
  for (const userId of new Set(assignments.map((each) => each.userId))) {
    people.set(userId, await personOf(metaStore, userId));
  }
  const byItem = new Map<string, AssignmentRow[]>();
  for (const each of assignments)
    byItem.set(each.itemId, [...(byItem.get(each.itemId) ?? []), each]);
  const report: CalibrationReportData = {
    session: {
      id: session.id,
      projectId,
      name: session.name,
      trainer: await personOf(metaStore, session.trainerId),
      itemIds: [...byItem.keys()],
      startedAtMs: session.createdAtMs,
      revealedAtMs: session.revealedAtMs,
      closedAtMs,
    },
    trainees: [...people.values()].sort((a, b) => a.username.localeCompare(b.username)),
    scores: [],
    agreement: [],
    timeline: [],
    labels: [],
    guidelineChanges: [],
  };
  const evidence: ItemLabelEvidence[] = [];
  const span = Math.max(0, closedAtMs - session.createdAtMs);
  const instants = Array.from({ length: TIMELINE_SAMPLES }, (_, index) =>
    Math.round(session.createdAtMs + (span * index) / (TIMELINE_SAMPLES - 1)),
  );
  for (const [itemId, itemAssignments] of byItem) {
    const layerOwners = new Map(
      itemAssignments.map((each) => [
        assignmentLayerOf(each.id),
        (people.get(each.userId) as SessionPerson).username,
      ]),
    );
    const item = await metaStore.getItem(projectId, itemId);
    const media = item?.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
    const context: ItemScoringContext = {
      media: media
        ? { width: media.width, height: media.height, frameCount: media.frameCount }
        : { width: 1, height: 1, frameCount: 0 },
      labels: schema.labels,
      tiers: schema.tiers,
    };
    const now = await readItemNow(dependencies, projectId, itemId, [
      GOLD_LAYER,
      ...layerOwners.keys(),
    ]);
    const scored = scoreItemLayers(now.layers, now.texts, context);
    for (const gold of goldScores(scored.pairs) as GoldScore[]) {
      const username = layerOwners.get(gold.layer);
      if (username !== undefined) report.scores.push({ itemId, username, layer: gold.layer, gold });
    }
    for (const pair of scored.pairs) {
      const agreement = traineePairAgreement(itemId, pair, (layer) => layerOwners.get(layer));
      if (agreement) report.agreement.push(agreement);
    }
    const goldLayer = now.layers.get(GOLD_LAYER);
    evidence.push({
      goldObjects: goldLayer
        ? [...goldLayer.tracks, ...goldLayer.shapes, ...goldLayer.segments].map(
            ({ id, labelId }) => ({ id, labelId }),
          )
        : [],
      traineeLayers: [...layerOwners.keys()],
      disagreements: scored.disagreements,
    });
    for (const atMs of instants) {
      report.timeline.push(
        ...(await sampleAt(dependencies, session, itemId, layerOwners, context, atMs)),
      );
    }
  }
  const names = new Map(schema.labels.map((label) => [label.id, label.name]));
  report.labels = labelTallies(evidence, (labelId) => names.get(labelId) ?? labelId);
  report.timeline.sort((a, b) => a.atMs - b.atMs || a.username.localeCompare(b.username));
  report.guidelineChanges = await readGuidelineChanges(dependencies, projectId, {
    fromMs: session.createdAtMs,
    toMs: closedAtMs,
  });
  return report;
}
