import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../../shared/doc/roots.ts';
import { textLinkEnd } from '../../../shared/doc/textLinkEnd.ts';
import { setAttribute } from '../../../shared/doc/writeAttributes.ts';
import {
  addInstructionReference,
  createInstruction,
  editInstructionText,
} from '../../../shared/doc/writeInstructions.ts';
import { addTag, tagIdOf } from '../../../shared/doc/writeTags.ts';
import { createLink, deleteLink, updateLink } from '../../../shared/doc/writeLinks.ts';
import {
  createSegment,
  createTrack,
  deleteRecord,
  setLabel,
  updateSegment,
} from '../../../shared/doc/writeRecords.ts';
import { createShape, setShapeKeyframe } from '../../../shared/doc/writeShapes.ts';
import type { LintContext, LintRule } from '../../../shared/lint/LintFinding.ts';
import { lintLayer } from '../../../shared/lint/lintLayer.ts';
import type { Label } from '../../../shared/schema/labelSchema.ts';
import type { Skeleton } from '../../../shared/schema/skeleton.ts';
import type { Tier } from '../../../shared/schema/tier.ts';

const ann = { userId: 'ann', nowMs: 1_700_000_000_000 };
const MEDIA = { frameCount: 100, durationMs: 10_000, width: 640, height: 480 };
const box = { x: 1, y: 2, w: 10, h: 10 };

const LABELS: Label[] = [
  {
    id: 'car',
    name: 'Car',
    colour: '#1f77b4',
    hotkey: null,
    attributes: [
      {
        id: 'colour',
        name: 'Colour',
        type: 'select',
        options: ['red', 'blue'],
        required: true,
        perFrame: false,
      },
      {
        id: 'parked',
        name: 'Parked',
        type: 'checkbox',
        options: [],
        required: true,
        perFrame: true,
      },
    ],
  },
  { id: 'person', name: 'Person', colour: '#ff7f0e', hotkey: null },
];
const TIERS: Tier[] = [
  { id: 'turns', name: 'Turns', kind: 'segments', parentId: null },
  { id: 'words', name: 'Words', kind: 'segments', parentId: 'turns' },
];
const SKELETONS: Skeleton[] = [
  {
    id: 'arm',
    name: 'Arm',
    points: [
      { id: 'shoulder', name: 'Shoulder' },
      { id: 'elbow', name: 'Elbow' },
      { id: 'wrist', name: 'Wrist' },
    ],
    edges: [
      [0, 1],
      [1, 2],
    ],
  },
];

function context(doc: Y.Doc): LintContext {
  return {
    snapshot: readLayer(doc),
    media: MEDIA,
    labels: LABELS,
    tiers: TIERS,
    skeletons: SKELETONS,
    relationTypes: [{ id: 'drives', name: 'drives', colour: '#2ca02c' }],
  };
}

function rulesFound(doc: Y.Doc): LintRule[] {
  return lintLayer(context(doc)).map((entry) => entry.rule);
}

function utterance(doc: Y.Doc, segmentId: string, text: string): void {
  createSegment(
    doc,
    { id: segmentId, tierId: 'turns', startMs: 0, endMs: 1_000, labelId: null, speaker: null },
    ann,
    LOCAL_ORIGIN,
  );
  const block = new Y.XmlElement(UTTERANCE_NODE);
  block.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  block.insert(0, [new Y.XmlText(text)]);
  transcriptOf(doc).push([block]);
}

describe('the structure lint rules', () => {
  it('reports a child segment outside its parent tier, and clears once a parent holds it', () => {
    const doc = new Y.Doc();
    const segment = (id: string, tierId: string, startMs: number, endMs: number) =>
      createSegment(
        doc,
        { id, tierId, startMs, endMs, labelId: null, speaker: null },
        ann,
        LOCAL_ORIGIN,
      );
    segment('turn', 'turns', 1_000, 3_000);
    segment('word', 'words', 2_500, 3_500);
    expect(lintLayer(context(doc))).toEqual([
      expect.objectContaining({
        rule: 'child-outside-parent',
        recordIds: ['word'],
        location: { startMs: 2_500, endMs: 3_500 },
      }),
    ]);
    updateSegment(doc, 'turn', { endMs: 4_000 }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports a link to a deleted object, and clears when the link is removed', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'person', frame: 0, box }, ann, LOCAL_ORIGIN);
    createTrack(doc, { id: 't2', labelId: 'person', frame: 0, box }, ann, LOCAL_ORIGIN);
    const end = (objectId: string) => ({
      kind: 'object' as const,
      objectId,
      startMs: null,
      endMs: null,
    });
    createLink(
      doc,
      { id: 'l1', relationTypeId: 'drives', from: end('t1'), to: end('t2') },
      ann,
      LOCAL_ORIGIN,
    );
    expect(rulesFound(doc)).toEqual([]);
    deleteRecord(doc, 't2', LOCAL_ORIGIN);
    expect(lintLayer(context(doc))).toEqual([
      expect.objectContaining({
        rule: 'link-to-missing-end',
        recordIds: ['l1'],
        message: 'link l1 points to object t2, which was deleted',
      }),
    ]);
    deleteLink(doc, 'l1', LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('follows linked words through edits, reports them once deleted, and clears when relinked', () => {
    const doc = new Y.Doc();
    utterance(doc, 'u1', 'look at the red car now');
    createTrack(doc, { id: 't7', labelId: 'person', frame: 0, box }, ann, LOCAL_ORIGIN);
    const words = textLinkEnd(doc, 'u1', 12, 19);
    if (!words.ok) throw new Error(words.error);
    const track = { kind: 'object' as const, objectId: 't7', startMs: 0, endMs: 2_000 };
    createLink(
      doc,
      { id: 'l1', relationTypeId: null, from: words.value, to: track },
      ann,
      LOCAL_ORIGIN,
    );
    const text = (transcriptOf(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(0, 'please ');
    const [link] = readLayer(doc).links;
    expect(link?.from).toMatchObject({ kind: 'text', span: { from: 19, to: 26, text: 'red car' } });
    expect(rulesFound(doc)).toEqual([]);
    text.delete(19, 8);
    expect(lintLayer(context(doc))).toEqual([
      expect.objectContaining({
        rule: 'link-to-missing-end',
        message: 'link l1 points to the words "red car", which were deleted',
      }),
    ]);
    text.insert(19, 'blue van ');
    const relinked = textLinkEnd(doc, 'u1', 19, 27);
    if (!relinked.ok) throw new Error(relinked.error);
    updateLink(doc, 'l1', { from: relinked.value }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports a relation type the schema lacks, and clears once it is fixed', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'person', frame: 0, box }, ann, LOCAL_ORIGIN);
    const end = { kind: 'object' as const, objectId: 't1', startMs: null, endMs: null };
    createLink(doc, { id: 'l1', relationTypeId: 'follows', from: end, to: end }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual(['label-not-in-schema']);
    updateLink(doc, 'l1', { relationTypeId: 'drives' }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports missing required attributes, static and per frame, and clears once they are set', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'car', frame: 4, box }, ann, LOCAL_ORIGIN);
    expect(lintLayer(context(doc))).toEqual([
      expect.objectContaining({
        rule: 'missing-required-attribute',
        message: 't1 (Car) has no Colour, which is required',
      }),
      expect.objectContaining({
        rule: 'missing-required-attribute',
        message: 't1 (Car) has no Parked at frame 4, which is required',
        location: { frame: 4 },
      }),
    ]);
    setAttribute(doc, 't1', { id: 'colour', frame: null }, 'red', ann, LOCAL_ORIGIN);
    setAttribute(doc, 't1', { id: 'parked', frame: 9 }, false, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual(['missing-required-attribute']);
    setAttribute(doc, 't1', { id: 'parked', frame: 4 }, true, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
    setLabel(doc, 't1', 'person', ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([
      'attribute-not-in-schema',
      'attribute-not-in-schema',
      'attribute-not-in-schema',
    ]);
  });

  it('reports attribute values that do not fit their declaration, and clears once they do', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'car', frame: 0, box }, ann, LOCAL_ORIGIN);
    setAttribute(doc, 't1', { id: 'colour', frame: null }, 'green', ann, LOCAL_ORIGIN);
    setAttribute(doc, 't1', { id: 'parked', frame: 0 }, true, ann, LOCAL_ORIGIN);
    setAttribute(doc, 't1', { id: 'colour', frame: 3 }, 'red', ann, LOCAL_ORIGIN);
    expect(lintLayer(context(doc)).map((entry) => entry.message)).toEqual([
      't1 has Colour "green", which is not one of red, blue',
      't1 has a per-frame value of Colour, which is static',
    ]);
    setAttribute(doc, 't1', { id: 'colour', frame: null }, 'blue', ann, LOCAL_ORIGIN);
    setAttribute(doc, 't1', { id: 'colour', frame: 3 }, undefined, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports a skeleton that does not fit its template, and clears once it does', () => {
    const doc = new Y.Doc();
    const keyframe = (count: number) => ({
      points: Array.from({ length: count * 2 }, (_, index) => index * 10),
      visible: Array.from({ length: count }, () => true),
      outside: false,
    });
    createShape(
      doc,
      {
        id: 'k1',
        labelId: 'person',
        geometry: 'skeleton',
        skeletonId: 'arm',
        frame: 0,
        keyframe: keyframe(2),
      },
      ann,
      LOCAL_ORIGIN,
    );
    expect(lintLayer(context(doc))).toEqual([
      expect.objectContaining({
        rule: 'skeleton-not-in-template',
        message: 'skeleton k1 has 2 points at frame 0; template Arm has 3',
      }),
    ]);
    setShapeKeyframe(doc, 'k1', 0, keyframe(3), ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
    setShapeKeyframe(doc, 'k1', 150, keyframe(3), ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual(['keyframe-after-last-frame']);
  });
});

describe('item tags and instruction items', () => {
  it('reads tags once however often they are added, and reports a tag the schema lacks', () => {
    const doc = new Y.Doc();
    expect(addTag(doc, 'car', ann, LOCAL_ORIGIN)).toBe(true);
    expect(addTag(doc, 'car', ann, LOCAL_ORIGIN)).toBe(false);
    addTag(doc, 'truck', ann, LOCAL_ORIGIN);
    expect(readLayer(doc).tags.map((tag) => tag.labelId)).toEqual(['car', 'truck']);
    expect(rulesFound(doc)).toEqual(['label-not-in-schema']);
    deleteRecord(doc, tagIdOf('truck'), LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('keeps both people’s words in an instruction, and reports a reference to a deleted object', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    createTrack(left, { id: 't7', labelId: 'person', frame: 0, box }, ann, LOCAL_ORIGIN);
    createInstruction(
      left,
      { id: 'i1', prompt: 'What is the car doing?', response: '' },
      ann,
      LOCAL_ORIGIN,
    );
    const end = { kind: 'object' as const, objectId: 't7', startMs: 0, endMs: 500 };
    addInstructionReference(left, 'i1', end, ann, LOCAL_ORIGIN);
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    editInstructionText(left, 'i1', 'prompt', 'What is the red car doing?', ann, LOCAL_ORIGIN);
    editInstructionText(right, 'i1', 'response', 'It turns left.', ann, LOCAL_ORIGIN);
    editInstructionText(right, 'i1', 'prompt', 'What is the car doing now?', ann, LOCAL_ORIGIN);
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    const [item] = readLayer(left).instructions;
    expect(item).toMatchObject({
      prompt: 'What is the red car doing now?',
      response: 'It turns left.',
      references: [end],
    });
    expect(readLayer(right).instructions).toEqual(readLayer(left).instructions);
    expect(rulesFound(left)).toEqual([]);
    deleteRecord(left, 't7', LOCAL_ORIGIN);
    expect(lintLayer(context(left))).toEqual([
      expect.objectContaining({
        rule: 'link-to-missing-end',
        message: 'instruction i1 refers to object t7, which was deleted',
      }),
    ]);
  });
});
