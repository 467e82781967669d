import type * as Y from 'yjs';
import { assignmentLayerOf, GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import { createSegment, createTrack, setKeyframe } from '../../shared/doc/writeRecords.ts';
import type { Box } from '../../shared/schema/box.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { DEMO_ITEM, DEMO_PROJECT } from './demoUsers.ts';

/** The demo's item for review: the demo video labelled blind by both annotators. */
export const DEMO_REVIEW_ITEM = { id: 'street-review', name: 'Street scene: blind, for review' };

/** The demo's item for calibration sessions: the demo video with the trainer's gold answers. */
export const DEMO_GOLD_ITEM = { id: 'street-gold', name: 'Street scene: gold, for calibration' };

interface DemoTrack {
  id: string;
  labelId: string;
  /** [frame, box] keyframes; the track goes out of view after the last. */
  keyframes: [number, Box][];
}

const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });

/** What each annotator drew: mostly the same, with the disagreements a reviewer meets every day. */
const DEMO_LAYERS: Record<
  'annotator1' | 'annotator2' | 'gold',
  { prefix: string; tracks: DemoTrack[]; events: [number, number][] }
> = {
  annotator1: {
    prefix: 'ana',
    tracks: [
      {
        id: 'ana-walker',
        labelId: 'person',
        keyframes: [
          [0, box(60, 120, 50, 120)],
          [150, box(260, 110, 52, 124)],
        ],
      },
      {
        id: 'ana-car',
        labelId: 'car',
        keyframes: [
          [60, box(380, 200, 160, 90)],
          [240, box(420, 205, 160, 90)],
        ],
      },
      {
        id: 'ana-cyclist',
        labelId: 'bicycle',
        keyframes: [
          [300, box(100, 180, 90, 80)],
          [420, box(300, 170, 90, 80)],
        ],
      },
    ],
    events: [
      [2_000, 4_000],
      [9_000, 11_500],
    ],
  },
  annotator2: {
    prefix: 'arlo',
    tracks: [
      {
        id: 'arlo-walker',
        labelId: 'person',
        keyframes: [
          [0, box(62, 122, 50, 118)],
          [150, box(262, 112, 50, 122)],
        ],
      },
      {
        id: 'arlo-car',
        labelId: 'person',
        keyframes: [
          [60, box(384, 202, 156, 88)],
          [240, box(424, 206, 158, 88)],
        ],
      },
      {
        id: 'arlo-dog',
        labelId: 'dog',
        keyframes: [
          [450, box(500, 260, 60, 40)],
          [540, box(440, 262, 60, 40)],
        ],
      },
    ],
    events: [
      [2_400, 4_600],
      [9_050, 11_450],
    ],
  },
  gold: {
    prefix: 'gold',
    tracks: [
      {
        id: 'gold-walker',
        labelId: 'person',
        keyframes: [
          [0, box(61, 121, 50, 119)],
          [150, box(261, 111, 51, 123)],
        ],
      },
      {
        id: 'gold-car',
        labelId: 'car',
        keyframes: [
          [60, box(382, 201, 158, 89)],
          [240, box(422, 205, 159, 89)],
        ],
      },
      {
        id: 'gold-cyclist',
        labelId: 'bicycle',
        keyframes: [
          [300, box(102, 179, 90, 80)],
          [420, box(301, 171, 90, 80)],
        ],
      },
    ],
    events: [
      [2_200, 4_300],
      [9_000, 11_500],
    ],
  },
};

function writeDemoLayer(
  doc: Y.Doc,
  userId: string,
  layer: (typeof DEMO_LAYERS)['annotator1'],
): void {
  const author = { userId, nowMs: Date.now() };
  for (const track of layer.tracks) {
    const [[firstFrame, firstBox], ...rest] = track.keyframes as [
      [number, Box],
      ...[number, Box][],
    ];
    createTrack(
      doc,
      { id: track.id, labelId: track.labelId, frame: firstFrame, box: firstBox },
      author,
      SERVER_ORIGIN,
    );
    for (const [frame, keyframeBox] of rest) {
      setKeyframe(
        doc,
        track.id,
        frame,
        { box: keyframeBox, outside: false },
        author,
        SERVER_ORIGIN,
      );
    }
    const [lastFrame, lastBox] = track.keyframes.at(-1) as [number, Box];
    setKeyframe(
      doc,
      track.id,
      lastFrame + 1,
      { box: lastBox, outside: true },
      author,
      SERVER_ORIGIN,
    );
  }
  layer.events.forEach(([startMs, endMs], index) => {
    createSegment(
      doc,
      {
        id: `${layer.prefix}-event-${index}`,
        startMs,
        endMs,
        tierId: 'events',
        labelId: null,
        speaker: null,
      },
      author,
      SERVER_ORIGIN,
    );
  });
}

/**
 * Adds the review demo: an item on the demo video that annotator1 and annotator2 each labelled
 * blind in their own layer (a label mismatch, a box only one of them drew, event boundaries apart),
 * so the reviewer's page has disagreements to adjudicate from the first start; and an item on the
 * same video with the trainer's gold layer, ready for a calibration session.
 */
export async function seedReviewDemo(
  metaStore: MetaStore,
  collab: { serverWrite(documentName: string, write: (doc: Y.Doc) => void): Promise<void> },
  usersByName: ReadonlyMap<string, string>,
): Promise<void> {
  const video = await metaStore.getItem(DEMO_PROJECT.id, DEMO_ITEM.id);
  const trainer = usersByName.get('trainer');
  if (!video?.mediaId || !trainer) return;
  const { id: itemId, name } = DEMO_REVIEW_ITEM;
  await metaStore.createItem({
    projectId: DEMO_PROJECT.id,
    id: itemId,
    name,
    mediaId: video.mediaId,
  });
  for (const username of ['annotator1', 'annotator2'] as const) {
    const userId = usersByName.get(username);
    if (!userId) continue;
    const assignmentId = `demo-${username}`;
    await metaStore.createAssignment({
      id: assignmentId,
      projectId: DEMO_PROJECT.id,
      itemId,
      userId,
      mode: 'blind',
      createdBy: trainer,
      createdAtMs: Date.now(),
      revealedAtMs: null,
    });
    const documentName = itemDocumentName(DEMO_PROJECT.id, itemId, assignmentLayerOf(assignmentId));
    await collab.serverWrite(documentName, (doc) =>
      writeDemoLayer(doc, userId, DEMO_LAYERS[username]),
    );
  }
  await metaStore.createItem({
    projectId: DEMO_PROJECT.id,
    id: DEMO_GOLD_ITEM.id,
    name: DEMO_GOLD_ITEM.name,
    mediaId: video.mediaId,
  });
  const gold = itemDocumentName(DEMO_PROJECT.id, DEMO_GOLD_ITEM.id, GOLD_LAYER);
  await collab.serverWrite(gold, (doc) => writeDemoLayer(doc, trainer, DEMO_LAYERS.gold));
}
