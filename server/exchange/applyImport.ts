import * as Y from 'yjs';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import { formatJsonPath } from '../../shared/formats/native/formatJsonPath.ts';
import type { NativeLayer } from '../../shared/formats/native/nativeItemSchema.ts';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import type { ItemRow, MetaStore } from '../storage/MetaStore.ts';
import { layerHasContent } from './clearLayerContent.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import type { ExchangeFailure } from './ExchangeFailure.ts';
import type { ImportPlan } from './ImportPlan.ts';
import type { ImportedLayerSummary, ImportSummary } from './ImportSummary.ts';
import type { WrittenLayer } from './restoreWrittenLayers.ts';
import { restoreWrittenLayers } from './restoreWrittenLayers.ts';
import { writeNativeLayer } from './writeNativeLayer.ts';

/** Why writing stopped when it was someone else's doing: the import can be tried again. */
class ImportConflict extends Error {
  readonly problem: NativeProblem;

  constructor(problem: NativeProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

function summarise(layer: NativeLayer, replaced: boolean): ImportedLayerSummary {
  const tracks = layer.records.filter((record) => record.kind === 'track');
  return {
    layer: layer.layer,
    tracks: tracks.length,
    keyframes: tracks.reduce((total, track) => total + Object.keys(track.keyframes).length, 0),
    shapes: layer.records.filter((record) => record.kind === 'shape').length,
    masks: layer.records.filter((record) => record.kind === 'mask').length,
    segments: layer.records.filter((record) => record.kind === 'segment').length,
    transcriptBlocks: layer.transcript.length,
    links: layer.links.length,
    replaced,
  };
}

async function writeLayer(
  collab: ExchangeDependencies['collab'],
  plan: ImportPlan,
  index: number,
  written: WrittenLayer[],
): Promise<ImportedLayerSummary> {
  const layer = plan.file.layers[index] as NativeLayer;
  const documentName = itemDocumentName(plan.projectId, plan.itemId, layer.layer);
  const path = formatJsonPath(['layers', index]);
  let replaced = false;
  await collab.serverWrite(
    documentName,
    (doc) => {
      replaced = layerHasContent(doc);
      if (replaced && !plan.replace) {
        const message = `layer ${layer.layer} received annotations while the import was checked; import again with replace to overwrite them`;
        throw new ImportConflict({ path: `${path}.layer`, message });
      }
      // Recorded before anything changes: a write that throws halfway is still logged.
      written.push({ documentName, path, stateBefore: Y.encodeStateAsUpdate(doc) });
      writeNativeLayer(doc, layer, SERVER_ORIGIN);
    },
    { userId: plan.userId },
  );
  return summarise(layer, replaced);
}

async function createItemOnce(metaStore: MetaStore, item: ItemRow): Promise<void> {
  const created = await metaStore.transaction(async (store) => {
    if (await store.getItem(item.projectId, item.id)) return false;
    await store.createItem(item);
    return true;
  });
  if (!created) {
    const message = `item ${item.id} was created by someone else while the import was written`;
    throw new ImportConflict({ path: 'item.id', message });
  }
}

function failureOf(error: unknown, restoreProblems: NativeProblem[]): ExchangeFailure {
  const conflict = error instanceof ImportConflict;
  const problem = conflict
    ? error.problem
    : { path: '', message: `writing the import failed: ${(error as Error).message}` };
  const restored = restoreProblems.length === 0;
  return {
    ok: false,
    status: conflict && restored ? 409 : 500,
    code: conflict ? 'import_conflict' : 'import_failed',
    message: restored
      ? `nothing was imported: ${problem.message}; every layer already written was put back as it was`
      : `the import failed and some layers could not be put back as they were: ${problem.message}`,
    problems: [problem, ...restoreProblems],
  };
}

/**
 * Writes a checked import: each layer in one server write (logged under the importing user), then
 * the new item, if any. Should anything fail, every layer already written is put back as it was
 * before, so the import leaves all of it or none of it.
 */
export async function applyImport(
  dependencies: ExchangeDependencies,
  plan: ImportPlan,
): Promise<{ ok: true; summary: ImportSummary } | ExchangeFailure> {
  const written: WrittenLayer[] = [];
  const layers: ImportedLayerSummary[] = [];
  try {
    for (const index of plan.file.layers.keys()) {
      layers.push(await writeLayer(dependencies.collab, plan, index, written));
    }
    if (plan.newItem) await createItemOnce(dependencies.metaStore, plan.newItem);
  } catch (error) {
    return failureOf(error, await restoreWrittenLayers(dependencies.collab, written, plan.userId));
  }
  const { projectId, itemId } = plan;
  return { ok: true, summary: { projectId, itemId, createdItem: plan.newItem !== null, layers } };
}
