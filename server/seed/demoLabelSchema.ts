import type { LabelSchemaEntries } from '../../shared/doc/projectSchemaDoc.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { RelationType } from '../../shared/schema/relationType.ts';
import type { Skeleton } from '../../shared/schema/skeleton.ts';
import type { Tier } from '../../shared/schema/tier.ts';

/** Labels of the demo project, each with a number key; people are placed as five-point skeletons. */
export const DEMO_LABELS: readonly Label[] = [
  {
    id: 'person',
    name: 'person',
    colour: '#e6194b',
    hotkey: '1',
    skeletonId: 'body',
    attributes: [
      {
        id: 'action',
        name: 'action',
        type: 'select',
        options: ['walking', 'standing', 'sitting'],
        required: false,
        perFrame: true,
      },
    ],
  },
  {
    id: 'car',
    name: 'car',
    colour: '#3cb44b',
    hotkey: '2',
    attributes: [
      {
        id: 'colour',
        name: 'colour',
        type: 'select',
        options: ['red', 'blue', 'white', 'black', 'other'],
        required: false,
        perFrame: false,
      },
      {
        id: 'parked',
        name: 'parked',
        type: 'checkbox',
        options: [],
        required: false,
        perFrame: true,
      },
    ],
  },
  { id: 'bicycle', name: 'bicycle', colour: '#4363d8', hotkey: '3' },
  { id: 'dog', name: 'dog', colour: '#f58231', hotkey: '4' },
];

/** The demo's keypoint template: head, hands and feet joined through the hip. */
export const DEMO_SKELETONS: readonly Skeleton[] = [
  {
    id: 'body',
    name: 'body',
    points: ['head', 'hip', 'left hand', 'right hand', 'left foot', 'right foot'].map((name) => ({
      id: name.replace(' ', '-'),
      name,
    })),
    edges: [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 5],
    ],
  },
];

/** Relations demo annotators can draw between objects. */
export const DEMO_RELATION_TYPES: readonly RelationType[] = [
  { id: 'rides', name: 'rides', colour: '#911eb4' },
  { id: 'walks', name: 'walks', colour: '#42d4f4' },
  { id: 'mentions', name: 'mentions', colour: '#f032e6' },
];

/** Timeline tiers of the demo project: free events, details inside them, and the transcript's utterances. */
export const DEMO_TIERS: readonly Tier[] = [
  { id: 'events', name: 'Events', kind: 'segments' },
  { id: 'details', name: 'Details', kind: 'segments', parentId: 'events' },
  { id: 'transcript', name: 'Transcript', kind: 'transcript' },
];

/** Everything the demo project's label schema holds. */
export const DEMO_LABEL_SCHEMA: LabelSchemaEntries = {
  labels: DEMO_LABELS,
  tiers: DEMO_TIERS,
  skeletons: DEMO_SKELETONS,
  relationTypes: DEMO_RELATION_TYPES,
};
