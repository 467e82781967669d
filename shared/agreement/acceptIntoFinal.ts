import * as Y from 'yjs';
import type { YRecord } from '../doc/layerRoots.ts';
import { objectsOf } from '../doc/layerRoots.ts';
import { FINAL_LAYER } from '../doc/layerKind.ts';
import { LAYER_PATTERN } from '../schema/ids.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type { DecidedBy, FinalProvenance } from './finalProvenance.ts';
import { provenanceOf } from './finalProvenance.ts';
import { copyFinalUtterances } from './finalUtterances.ts';

/** A reviewer's choice of one layer's version of some objects, to be made the adjudicated result. */
export interface FinalAcceptance {
  /** The objects concerned: those the source layer has are copied, the others leave `final`. */
  objectIds: readonly string[];
  sourceLayer: string;
  disagreementId: string | null;
  decidedBy: DecidedBy;
  nowMs: number;
}

/** What an acceptance changed in `final`. */
export interface AcceptedIntoFinal {
  /** Objects copied whole from the source layer, under their own ids. */
  copied: string[];
  /** Objects the source layer does not have that `final` held before and no longer does. */
  removed: string[];
}

function checkAcceptance(final: Y.Doc, source: Y.Doc, acceptance: FinalAcceptance): string | null {
  const { objectIds, sourceLayer, decidedBy, nowMs } = acceptance;
  if (final === source) return 'the final layer cannot accept its own version';
  if (objectIds.length === 0) return 'name at least one object whose version to accept';
  if (objectIds.some((id) => typeof id !== 'string' || id.length === 0)) {
    return 'every object id must be a non-empty string';
  }
  if (!LAYER_PATTERN.test(sourceLayer) || sourceLayer === FINAL_LAYER) {
    return `${JSON.stringify(sourceLayer)} is not a layer whose version can be accepted into ${FINAL_LAYER}`;
  }
  if (decidedBy.userId.length === 0) return 'say who decides: the user id is empty';
  if (!Number.isFinite(nowMs) || nowMs < 0)
    return `the time of the decision (${nowMs}) is not a time`;
  return null;
}

function sourceRecords(
  source: Y.Doc,
  acceptance: FinalAcceptance,
): Result<Map<string, YRecord | null>> {
  const records = new Map<string, YRecord | null>();
  for (const objectId of new Set(acceptance.objectIds)) {
    const record = objectsOf(source).get(objectId);
    if (record !== undefined && !(record instanceof Y.Map)) {
      return fail(
        `object ${objectId} of ${acceptance.sourceLayer} is not a record, so it cannot be copied; fix it in ${acceptance.sourceLayer} first`,
      );
    }
    records.set(objectId, record ?? null);
  }
  return ok(records);
}

/**
 * Makes `final` hold the source layer's version of the given objects, in one transaction: each
 * object the source has is copied whole (every field, keyframes, attributes, mask operations and
 * a segment's words) under its own id, replacing what `final` had, with its provenance (source
 * layer, disagreement, who decided, when) in `final`'s `provenance` root; each object the source
 * lacks is removed from `final` with its provenance.
 */
export function acceptIntoFinal(
  final: Y.Doc,
  source: Y.Doc,
  acceptance: FinalAcceptance,
  origin: unknown,
): Result<AcceptedIntoFinal> {
  const problem = checkAcceptance(final, source, acceptance);
  if (problem) return fail(problem);
  const records = sourceRecords(source, acceptance);
  if (!records.ok) return records;
  const objects = objectsOf(final);
  const provenance = provenanceOf(final);
  const copied: string[] = [];
  const removed: string[] = [];
  final.transact(() => {
    for (const [objectId, record] of records.value) {
      if (record === null) {
        if (objects.has(objectId)) removed.push(objectId);
        objects.delete(objectId);
        provenance.delete(objectId);
        continue;
      }
      objects.set(objectId, record.clone());
      const entry: FinalProvenance = {
        objectId,
        sourceLayer: acceptance.sourceLayer,
        disagreementId: acceptance.disagreementId,
        decidedBy: { ...acceptance.decidedBy },
        decidedAtMs: Math.floor(acceptance.nowMs),
      };
      provenance.set(objectId, entry);
      copied.push(objectId);
    }
    const segments = copied.filter((id) => records.value.get(id)?.get('kind') === 'segment');
    copyFinalUtterances(final, source, segments, removed);
  }, origin);
  return ok({ copied, removed });
}
