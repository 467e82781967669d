import type { NativeItem } from '../../../shared/formats/native/nativeItemSchema.ts';
import type { NativeReferenceContext } from '../../../shared/formats/native/NativeReferenceContext.ts';

/**
 * A small item: one track with two keyframes, two utterances on a transcript tier and their text,
 * a polygon over two frames with a per-frame attribute, a skeleton with a hidden point, and two
 * links: object ↔ object over a time range, and words of an utterance ↔ the track.
 */
export function sampleNativeItem(): NativeItem {
  return {
    format: 'concord.item',
    version: 2,
    exportedAt: '2025-03-04T10:20:30.000Z',
    project: { id: 'street' },
    item: {
      id: 'clip-1',
      name: 'Street scene',
      media: {
        durationMs: 10_000,
        frameRate: { num: 30, den: 1 },
        frameCount: 300,
        width: 640,
        height: 360,
        mimeType: 'video/mp4',
        sha256: 'a'.repeat(64),
      },
    },
    schemaVersions: { document: 1, records: { track: 0, segment: 0 } },
    layers: [
      {
        layer: 'main',
        records: [
          {
            id: 'car1',
            kind: 'track',
            labelId: 'car',
            source: 'human',
            createdBy: 'ada',
            createdAt: 1_700_000_000_000,
            updatedBy: 'bob',
            attributes: { colour: 'red', parked: false },
            keyframes: {
              '12': { box: { x: 10, y: 20, w: 30, h: 40 }, outside: false },
              '204': { box: { x: 15.5, y: 22, w: 31, h: 40 }, outside: true },
            },
          },
          {
            id: 'utt1',
            kind: 'segment',
            labelId: null,
            source: 'model.whisper',
            createdBy: 'ada',
            createdAt: 1_700_000_000_100,
            updatedBy: 'ada',
            attributes: {},
            tierId: 'words',
            startMs: 0,
            endMs: 1200,
            speaker: 'Ada',
            value: null,
          },
          {
            id: 'utt2',
            kind: 'segment',
            labelId: null,
            source: 'human',
            createdBy: 'bob',
            createdAt: 1_700_000_000_200,
            updatedBy: 'bob',
            attributes: { tags: ['noisy'] },
            tierId: 'words',
            startMs: 1200,
            endMs: 2500,
            speaker: 'Bob',
            value: null,
          },
          {
            id: 'lane',
            kind: 'shape',
            labelId: 'car',
            source: 'human',
            createdBy: 'ada',
            createdAt: 1_700_000_000_300,
            updatedBy: 'bob',
            attributes: { occluded: false, 'occluded@40': true },
            geometry: 'polygon',
            skeletonId: null,
            keyframes: [
              { frame: 10, points: [0, 0, 100, 0, 100, 50], visible: null, outside: false },
              { frame: 40, points: [5, 0, 105, 0, 105, 55, 0, 60], visible: null, outside: false },
            ],
          },
          {
            id: 'walker',
            kind: 'shape',
            labelId: null,
            source: 'model.pose',
            createdBy: 'bob',
            createdAt: 1_700_000_000_400,
            updatedBy: 'bob',
            attributes: {},
            geometry: 'skeleton',
            skeletonId: 'person',
            keyframes: [
              {
                frame: 0,
                points: [10, 10, 12, 30, 8, 30],
                visible: [true, false, true],
                outside: false,
              },
            ],
          },
        ],
        transcript: [
          { segmentId: 'utt1', text: 'Hello there.' },
          { segmentId: 'utt2', text: 'Général Kenobi — “quoted”.' },
        ],
        links: [
          {
            id: 'drives',
            relationTypeId: 'drives',
            from: { kind: 'object', objectId: 'walker', startMs: 0, endMs: 1000 },
            to: { kind: 'object', objectId: 'car1', startMs: null, endMs: null },
            createdBy: 'ada',
            createdAt: 1_700_000_000_500,
            updatedBy: 'bob',
          },
          {
            id: 'named',
            relationTypeId: null,
            from: { kind: 'text', segmentId: 'utt2', from: 0, to: 7, quote: 'Général' },
            to: { kind: 'object', objectId: 'car1', startMs: null, endMs: null },
            createdBy: 'bob',
            createdAt: 1_700_000_000_600,
            updatedBy: 'bob',
          },
        ],
        meta: { schemaVersion: 1, recordVersions: { segment: 0, track: 0 } },
      },
    ],
  };
}

/** The project and media the sample fits. */
export function sampleContext(): NativeReferenceContext {
  return {
    projectId: 'street',
    tierIds: new Set(['words']),
    labelIds: new Set(['car']),
    relationTypeIds: new Set(['drives']),
    skeletonPointCounts: new Map([['person', 3]]),
    media: {
      frameCount: 300,
      durationMs: 10_000,
      frameRate: { num: 30, den: 1 },
      width: 640,
      height: 360,
    },
  };
}
