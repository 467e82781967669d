import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { ROOT_LINKS, UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import { createSegment } from '../../shared/doc/writeRecords.ts';
import { lintLayer } from '../../shared/lint/lintLayer.ts';
import { ReplicaNetwork } from './ReplicaNetwork.ts';
import {
  CONTEXT,
  FRAME_COUNT,
  runShapeLinkStep,
  shapeLinkStep,
  SKELETON_POINTS,
} from './shapeLinkEdits.ts';

type RawRecord = {
  kind?: string;
  labelId?: string | null;
  geometry?: string;
  keyframes?: Record<string, { points: number[] }>;
  attributes?: Record<string, unknown>;
};

/** The invariants every converged layer is checked against, computed from the raw document, not through readLayer. */
function expectedFindings(doc: Y.Doc): string[] {
  const objects = objectsOf(doc).toJSON() as Record<string, RawRecord>;
  const expected: string[] = [];
  for (const [id, record] of Object.entries(objects)) {
    if (record.kind !== 'shape') continue;
    const frames = Object.keys(record.keyframes ?? {})
      .map(Number)
      .sort((a, b) => a - b);
    for (const [key, keyframe] of Object.entries(record.keyframes ?? {})) {
      if (Number(key) >= FRAME_COUNT) expected.push(`keyframe-after-last-frame ${id} ${key}`);
      if (record.geometry === 'skeleton' && keyframe.points.length / 2 !== SKELETON_POINTS) {
        expected.push(`skeleton-not-in-template ${id} ${key}`);
      }
    }
    const poseKeys = Object.keys(record.attributes ?? {}).filter((key) => key.startsWith('pose@'));
    const first = frames[0] ?? 0;
    const heldAtFirst = poseKeys.some(
      (key) =>
        Number(key.slice(5)) <= first &&
        ['sit', 'stand', 'jump'].includes(String(record.attributes?.[key])),
    );
    const staticPose = typeof record.attributes?.pose === 'string';
    if (!heldAtFirst && !staticPose) expected.push(`missing-required-attribute ${id}`);
  }
  const links = doc
    .getMap<{
      from: { kind: string; objectId?: string; segmentId?: string };
      to: { kind: string; objectId?: string };
      relationTypeId: string | null;
    }>(ROOT_LINKS)
    .toJSON();
  for (const [id, link] of Object.entries(links)) {
    const ends = [link.from, link.to];
    if (ends.some((end) => end.kind === 'object' && !(end.objectId! in objects)))
      expected.push(`link-to-missing-end ${id}`);
    if (link.relationTypeId !== 'holds') expected.push(`label-not-in-schema ${id}`);
  }
  return expected.sort();
}

function reportedFindings(doc: Y.Doc): string[] {
  return lintLayer({ snapshot: readLayer(doc), ...CONTEXT })
    .filter(
      (entry) => entry.rule !== 'attribute-not-in-schema' && entry.rule !== 'stored-violation',
    )
    .filter(
      (entry) => !(entry.rule === 'link-to-missing-end' && !entry.message.includes('object ')),
    )
    .map((entry) =>
      ['keyframe-after-last-frame', 'skeleton-not-in-template'].includes(entry.rule)
        ? `${entry.rule} ${entry.recordIds[0]} ${entry.location && 'frame' in entry.location ? entry.location.frame : ''}`
        : `${entry.rule} ${entry.recordIds[0]}`,
    )
    .sort();
}

describe('polygons, keypoints and links edited by several people at once', () => {
  it('converge on every replica, and the lint reports every invariant the edits break', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(shapeLinkStep, { maxLength: 50 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (replicaCount, steps, picks) => {
          const network = new ReplicaNetwork(replicaCount);
          const [first] = network.replicas as [Y.Doc];
          createSegment(
            first,
            { id: 'u1', tierId: 'turns', startMs: 0, endMs: 2_000, labelId: null, speaker: 'A' },
            { userId: 'user0', nowMs: 0 },
            LOCAL_ORIGIN,
          );
          const block = new Y.XmlElement(UTTERANCE_NODE);
          block.setAttribute(UTTERANCE_SEGMENT_ATTR, 'u1');
          block.insert(0, [new Y.XmlText('the red car turns left')]);
          first.transact(() => transcriptOf(first).push([block]), LOCAL_ORIGIN);
          network.flush([]);
          const undoers = network.replicas.map(
            (doc) =>
              new Y.UndoManager([objectsOf(doc), doc.getMap(ROOT_LINKS)], {
                trackedOrigins: new Set([LOCAL_ORIGIN]),
                captureTimeout: 0,
              }),
          );
          steps.forEach((current, index) => runShapeLinkStep(network, undoers, current, index + 1));
          network.flush(picks);
          const readings = network.replicas.map((doc) => readLayer(doc));
          const lints = network.replicas.map((doc) =>
            lintLayer({ snapshot: readLayer(doc), ...CONTEXT }),
          );
          for (const reading of readings.slice(1)) expect(reading).toEqual(readings[0]);
          for (const lint of lints.slice(1)) expect(lint).toEqual(lints[0]);
          expect(reportedFindings(first)).toEqual(expectedFindings(first));
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
