import { goldScores } from '../../shared/agreement/goldScores.ts';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { assignmentLayerOf, GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import type {
  AnnotatorHoneypotScores,
  HoneypotScorePoint,
  HoneypotScoresResponse,
} from '../../shared/protocol/honeypots.ts';
import type { ReportDependencies } from '../calibration/buildSessionReport.ts';
import { readItemNow } from '../calibration/buildSessionReport.ts';
import type { ItemScoringContext } from '../calibration/scoreItemLayers.ts';
import { scoreItemLayers } from '../calibration/scoreItemLayers.ts';
import { readLayerDocument } from '../exchange/readLayerDocument.ts';
import { lastEditBy } from '../history/lastEditBy.ts';
import type { HoneypotRow } from '../storage/MetaStore.ts';

/** The annotator's layer on one honeypot scored against the copy's gold as both stand now. */
async function scoreOne(
  dependencies: ReportDependencies,
  honeypot: HoneypotRow,
  schema: Pick<ItemScoringContext, 'labels' | 'tiers'>,
): Promise<HoneypotScorePoint> {
  const { metaStore, documentStore } = dependencies;
  const { projectId, itemId, sourceItemId } = honeypot;
  const layer = assignmentLayerOf(honeypot.assignmentId);
  const documentName = itemDocumentName(projectId, itemId, layer);
  const point = { itemId, sourceItemId, layer };
  if (!(await documentStore.hasDocument(documentName))) {
    return { ...point, lastEditAtMs: null, gold: null };
  }
  const item = await metaStore.getItem(projectId, itemId);
  const media = item?.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
  const context: ItemScoringContext = {
    media: media
      ? { width: media.width, height: media.height, frameCount: media.frameCount }
      : { width: 1, height: 1, frameCount: 0 },
    ...schema,
  };
  const now = await readItemNow(dependencies, projectId, itemId, [GOLD_LAYER, layer]);
  const scored = scoreItemLayers(now.layers, now.texts, context);
  const gold = goldScores(scored.pairs).find((each) => each.layer === layer) ?? null;
  const lastEditAtMs = await lastEditBy(documentStore, documentName, honeypot.userId);
  return { ...point, lastEditAtMs, gold };
}

/** Edited points by the time of the edit; untouched ones after them, by item id. */
function byEditTime(left: HoneypotScorePoint, right: HoneypotScorePoint): number {
  const timeOf = (point: HoneypotScorePoint) => point.lastEditAtMs ?? Number.POSITIVE_INFINITY;
  return timeOf(left) - timeOf(right) || left.itemId.localeCompare(right.itemId);
}

/**
 * Each annotator's honeypot scores in the project: their layer on every honeypot against its gold
 * now, with the layers' project labels and tiers, at the time they last edited it.
 */
export async function scoreHoneypots(
  dependencies: ReportDependencies,
  projectId: string,
): Promise<HoneypotScoresResponse> {
  const { metaStore, collab } = dependencies;
  const schema = await readLayerDocument(
    collab,
    projectDocumentName(projectId, 'schema'),
    readLabelSchema,
  );
  const byUser = new Map<string, HoneypotScorePoint[]>();
  for (const honeypot of await metaStore.listHoneypots(projectId)) {
    const point = await scoreOne(dependencies, honeypot, schema);
    byUser.set(honeypot.userId, [...(byUser.get(honeypot.userId) ?? []), point]);
  }
  const annotators: AnnotatorHoneypotScores[] = [];
  for (const [userId, points] of byUser) {
    const user = await metaStore.getUser(userId);
    annotators.push({
      username: user?.username ?? userId,
      displayName: user?.name ?? userId,
      points: points.sort(byEditTime),
    });
  }
  annotators.sort((left, right) => left.username.localeCompare(right.username));
  return { annotators };
}
