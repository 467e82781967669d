// Random edits for the shape and link convergence property test: what each step does on a replica.
import fc from 'fast-check';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { textLinkEnd } from '../../shared/doc/textLinkEnd.ts';
import { utteranceText } from '../../shared/doc/utteranceText.ts';
import { setAttribute } from '../../shared/doc/writeAttributes.ts';
import { createLink, deleteLink } from '../../shared/doc/writeLinks.ts';
import { createTrack, deleteRecord } from '../../shared/doc/writeRecords.ts';
import {
  createShape,
  deleteShapeKeyframe,
  setShapeKeyframe,
} from '../../shared/doc/writeShapes.ts';
import type { LintContext } from '../../shared/lint/LintFinding.ts';
import type { ShapeGeometry } from '../../shared/schema/shape.ts';
import type { ReplicaNetwork } from './ReplicaNetwork.ts';

export const FRAME_COUNT = 4;
const SHAPE_IDS = ['s0', 's1', 's2'];
const TRACK_IDS = ['t0', 't1'];
const LINK_IDS = ['l0', 'l1', 'l2'];
export const SKELETON_POINTS = 3;

export const CONTEXT: Omit<LintContext, 'snapshot'> = {
  media: { frameCount: FRAME_COUNT, durationMs: 4_000, width: 64, height: 48 },
  labels: [
    {
      id: 'person',
      name: 'Person',
      colour: '#1f77b4',
      hotkey: null,
      attributes: [
        {
          id: 'pose',
          name: 'Pose',
          type: 'select',
          options: ['sit', 'stand'],
          required: true,
          perFrame: true,
        },
      ],
    },
  ],
  tiers: [{ id: 'turns', name: 'Turns', kind: 'transcript', parentId: null }],
  skeletons: [
    {
      id: 'arm',
      name: 'Arm',
      points: ['a', 'b', 'c'].map((id) => ({ id, name: id })),
      edges: [
        [0, 1],
        [1, 2],
      ],
    },
  ],
  relationTypes: [{ id: 'holds', name: 'holds', colour: '#2ca02c' }],
};

const geometry = fc.constantFrom<ShapeGeometry>('polygon', 'polyline', 'points', 'skeleton');

/** One random edit (or delivery) on one replica. */
export type Step =
  | {
      kind: 'shape';
      replica: number;
      id: number;
      geometry: ShapeGeometry;
      frame: number;
      count: number;
      seed: number;
    }
  | {
      kind: 'keyframe';
      replica: number;
      id: number;
      frame: number;
      change: 'drag' | 'add' | 'remove' | 'hide';
      at: number;
      dx: number;
    }
  | { kind: 'deleteKeyframe'; replica: number; id: number; frame: number }
  | { kind: 'track'; replica: number; id: number; create: boolean }
  | { kind: 'deleteShape'; replica: number; id: number }
  | {
      kind: 'link';
      replica: number;
      id: number;
      from: number;
      to: number;
      text: boolean;
      at: number;
      typed: boolean;
    }
  | { kind: 'unlink'; replica: number; id: number }
  | { kind: 'type'; replica: number; at: number; insert: string | null }
  | { kind: 'attribute'; replica: number; id: number; frame: number | null; value: string | null }
  | { kind: 'undo'; replica: number }
  | { kind: 'deliver'; replica: number; pick: number };

const replica = fc.nat({ max: 3 });
/** Random edits of polygons, keypoints, links, text and attributes, undos and deliveries. */
export const shapeLinkStep: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('shape' as const),
      replica,
      id: fc.nat({ max: 2 }),
      geometry,
      frame: fc.nat({ max: FRAME_COUNT + 1 }),
      count: fc.integer({ min: 1, max: 5 }),
      seed: fc.nat(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('keyframe' as const),
      replica,
      id: fc.nat({ max: 2 }),
      frame: fc.nat({ max: FRAME_COUNT + 1 }),
      change: fc.constantFrom('drag' as const, 'add' as const, 'remove' as const, 'hide' as const),
      at: fc.nat(),
      dx: fc.integer({ min: -5, max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteKeyframe' as const),
      replica,
      id: fc.nat({ max: 2 }),
      frame: fc.nat({ max: FRAME_COUNT + 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('track' as const),
      replica,
      id: fc.nat({ max: 1 }),
      create: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteShape' as const),
      replica,
      id: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('link' as const),
      replica,
      id: fc.nat({ max: 2 }),
      from: fc.nat({ max: 5 }),
      to: fc.nat({ max: 5 }),
      text: fc.boolean(),
      at: fc.nat(),
      typed: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unlink' as const), replica, id: fc.nat({ max: 2 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      replica,
      at: fc.nat(),
      insert: fc.option(fc.constantFrom('a', 'red ', 'car')),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('attribute' as const),
      replica,
      id: fc.nat({ max: 2 }),
      frame: fc.option(fc.nat({ max: FRAME_COUNT })),
      value: fc.option(fc.constantFrom('sit', 'stand', 'jump')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), replica }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), replica, pick: fc.nat() }),
  },
);

function pointsFrom(seed: number, count: number): number[] {
  return Array.from(
    { length: count * 2 },
    (_, index) => ((seed >>> (index % 16)) + index * 7) % 70,
  );
}

/** A keyframe edit as an editor makes it: read the current keyframe at that frame, change it, write it back. */
function editKeyframe(
  doc: Y.Doc,
  current: Extract<Step, { kind: 'keyframe' }>,
  author: { userId: string; nowMs: number },
) {
  const id = SHAPE_IDS[current.id] as string;
  const shape = readLayer(doc).shapes.find((entry) => entry.id === id);
  const source =
    shape?.keyframes.find((keyframe) => keyframe.frame <= current.frame) ?? shape?.keyframes[0];
  if (!shape || !source) return;
  const points = [...source.points];
  let visible = source.visible ? [...source.visible] : null;
  const count = points.length / 2;
  const vertex = current.at % count;
  if (current.change === 'drag') points[vertex * 2] = (points[vertex * 2] as number) + current.dx;
  if (current.change === 'add' && shape.geometry !== 'skeleton') {
    points.splice(vertex * 2, 0, current.dx + 20, current.dx + 30);
    visible?.splice(vertex, 0, true);
  }
  if (current.change === 'remove' && count > 3) {
    points.splice(vertex * 2, 2);
    visible?.splice(vertex, 1);
  }
  if (current.change === 'hide') {
    visible ??= Array.from({ length: count }, () => true);
    visible[vertex] = !visible[vertex];
  }
  setShapeKeyframe(
    doc,
    id,
    current.frame,
    { points, visible, outside: false },
    author,
    LOCAL_ORIGIN,
  );
}

function linkEnd(doc: Y.Doc, index: number, text: boolean, at: number) {
  const objectIds = [...SHAPE_IDS, ...TRACK_IDS, 'u1'];
  const utterance = utteranceText(doc, 'u1');
  if (text && utterance && utterance.length > 0) {
    const from = at % utterance.length;
    const end = textLinkEnd(doc, 'u1', from, Math.min(utterance.length, from + 1 + (at % 4)));
    if (end.ok) return end.value;
  }
  return {
    kind: 'object' as const,
    objectId: objectIds[index % objectIds.length] as string,
    startMs: null,
    endMs: null,
  };
}

/** Carries out one step on its replica as an editor would. */
export function runShapeLinkStep(
  network: ReplicaNetwork,
  undoers: Y.UndoManager[],
  current: Step,
  clock: number,
) {
  const index = current.replica % network.replicas.length;
  const doc = network.replicas[index] as Y.Doc;
  const author = { userId: `user${index}`, nowMs: clock };
  switch (current.kind) {
    case 'shape': {
      const count =
        current.geometry === 'skeleton'
          ? SKELETON_POINTS - 1 + (current.seed % 2)
          : Math.max(
              current.count,
              current.geometry === 'polygon' ? 3 : current.geometry === 'polyline' ? 2 : 1,
            );
      createShape(
        doc,
        {
          id: SHAPE_IDS[current.id] as string,
          labelId: 'person',
          geometry: current.geometry,
          skeletonId: current.geometry === 'skeleton' ? 'arm' : null,
          frame: current.frame,
          keyframe: { points: pointsFrom(current.seed, count), visible: null, outside: false },
        },
        author,
        LOCAL_ORIGIN,
      );
      return;
    }
    case 'keyframe':
      return editKeyframe(doc, current, author);
    case 'deleteKeyframe':
      deleteShapeKeyframe(
        doc,
        SHAPE_IDS[current.id] as string,
        current.frame,
        author,
        LOCAL_ORIGIN,
      );
      return;
    case 'track':
      if (current.create) {
        createTrack(
          doc,
          {
            id: TRACK_IDS[current.id] as string,
            labelId: null,
            frame: 0,
            box: { x: 1, y: 1, w: 5, h: 5 },
          },
          author,
          LOCAL_ORIGIN,
        );
      } else deleteRecord(doc, TRACK_IDS[current.id] as string, LOCAL_ORIGIN);
      return;
    case 'deleteShape':
      deleteRecord(doc, SHAPE_IDS[current.id] as string, LOCAL_ORIGIN);
      return;
    case 'link':
      createLink(
        doc,
        {
          id: LINK_IDS[current.id] as string,
          relationTypeId: current.typed ? 'holds' : 'unknown',
          from: linkEnd(doc, current.from, current.text, current.at),
          to: linkEnd(doc, current.to, false, current.at),
        },
        author,
        LOCAL_ORIGIN,
      );
      return;
    case 'unlink':
      deleteLink(doc, LINK_IDS[current.id] as string, LOCAL_ORIGIN);
      return;
    case 'type': {
      const text = utteranceText(doc, 'u1');
      if (!text) return;
      doc.transact(() => {
        if (current.insert) text.insert(current.at % (text.length + 1), current.insert);
        else if (text.length > 0) text.delete(current.at % text.length, 1 + (current.at % 3));
      }, LOCAL_ORIGIN);
      return;
    }
    case 'attribute':
      setAttribute(
        doc,
        SHAPE_IDS[current.id] as string,
        { id: 'pose', frame: current.frame },
        current.value ?? undefined,
        author,
        LOCAL_ORIGIN,
      );
      return;
    case 'undo':
      undoers[index]?.undo();
      return;
    case 'deliver':
      network.deliver(index, current.pick, current.pick % 5 === 0);
  }
}
