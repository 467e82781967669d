import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, REMOTE_ORIGIN, SERVER_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLabelSchema, writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import { ROOT_LABELS } from '../../../shared/doc/roots.ts';
import { addLabel } from '../../../shared/doc/schemaEdits/addLabel.ts';
import { addLabelAttribute } from '../../../shared/doc/schemaEdits/addLabelAttribute.ts';
import { addTier } from '../../../shared/doc/schemaEdits/addTier.ts';
import { idFromName } from '../../../shared/doc/schemaEdits/idFromName.ts';
import { LABEL_PALETTE } from '../../../shared/doc/schemaEdits/nextLabelColour.ts';
import { renameLabel } from '../../../shared/doc/schemaEdits/renameLabel.ts';
import { renameLabelAttribute } from '../../../shared/doc/schemaEdits/renameLabelAttribute.ts';
import { renameTier } from '../../../shared/doc/schemaEdits/renameTier.ts';
import { setLabelColour } from '../../../shared/doc/schemaEdits/setLabelColour.ts';
import { setLabelHotkey } from '../../../shared/doc/schemaEdits/setLabelHotkey.ts';
import { setLabelIouThreshold } from '../../../shared/doc/schemaEdits/setLabelIouThreshold.ts';
import type { Label } from '../../../shared/schema/labelSchema.ts';

const CAR: Label = {
  id: 'car',
  name: 'car',
  colour: '#3cb44b',
  hotkey: '2',
  attributes: [
    {
      id: 'colour',
      name: 'colour',
      type: 'select',
      options: ['red', 'blue'],
      required: false,
      perFrame: false,
    },
  ],
};
const BICYCLE: Label = { id: 'bicycle', name: 'bicycle', colour: '#4363d8', hotkey: '3' };

function schemaDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeLabelSchema(
    doc,
    {
      labels: [CAR, BICYCLE],
      tiers: [
        { id: 'events', name: 'Events', kind: 'segments' },
        { id: 'words', name: 'Words', kind: 'transcript' },
      ],
    },
    SERVER_ORIGIN,
  );
  return doc;
}

function labelOf(doc: Y.Doc, id: string): Label | undefined {
  return readLabelSchema(doc).labels.find((label) => label.id === id);
}

/** A second replica that starts from the same state as `doc`. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), REMOTE_ORIGIN);
  return replica;
}

/** Sends each replica what the other has that it lacks. */
function exchange(left: Y.Doc, right: Y.Doc): void {
  const toRight = Y.encodeStateAsUpdate(left, Y.encodeStateVector(right));
  const toLeft = Y.encodeStateAsUpdate(right, Y.encodeStateVector(left));
  Y.applyUpdate(right, toRight, REMOTE_ORIGIN);
  Y.applyUpdate(left, toLeft, REMOTE_ORIGIN);
}

function countTransactions(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0) count += 1;
  });
  return () => count;
}

describe('renaming a label', () => {
  it('changes the name and keeps the id and every other field, in one transaction', () => {
    const doc = schemaDoc();
    const changes = countTransactions(doc);
    const renamed = renameLabel(doc, 'car', '  Vehicle ', LOCAL_ORIGIN);
    expect(renamed).toEqual({ ok: true, value: { ...CAR, name: 'Vehicle' } });
    expect(labelOf(doc, 'car')).toEqual({ ...CAR, name: 'Vehicle' });
    expect(readLabelSchema(doc).labels.map((label) => label.id)).toEqual(['bicycle', 'car']);
    expect(changes()).toBe(1);
  });

  it('refuses an empty name and a name another label has, ignoring case, and changes nothing', () => {
    const doc = schemaDoc();
    expect(renameLabel(doc, 'car', '   ', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'a label needs a name',
    });
    expect(renameLabel(doc, 'car', 'BICYCLE', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error:
        '"BICYCLE" is already the name of label bicycle ("bicycle"); names must differ, ignoring case',
    });
    expect(renameLabel(doc, 'car', 'x'.repeat(201), LOCAL_ORIGIN)).toMatchObject({
      ok: false,
      error: 'the name of a label is at most 200 characters; this one has 201',
    });
    expect(labelOf(doc, 'car')).toEqual(CAR);
  });

  it('lets a label change the case of its own name', () => {
    const doc = schemaDoc();
    expect(renameLabel(doc, 'car', 'Car', LOCAL_ORIGIN)).toMatchObject({ ok: true });
    expect(labelOf(doc, 'car')?.name).toBe('Car');
  });

  it('names the label it cannot find, and writes nothing when the name is unchanged', () => {
    const doc = schemaDoc();
    expect(renameLabel(doc, 'truck', 'Lorry', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'there is no label with id "truck"',
    });
    const changes = countTransactions(doc);
    expect(renameLabel(doc, 'car', 'car', LOCAL_ORIGIN)).toMatchObject({ ok: true });
    expect(changes()).toBe(0);
  });

  it('refuses to edit a malformed stored label instead of overwriting it', () => {
    const doc = schemaDoc();
    doc.getMap(ROOT_LABELS).set('broken', { id: 'broken', name: '' });
    expect(renameLabel(doc, 'broken', 'Fixed', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'label broken is malformed in the stored schema, so it cannot be edited',
    });
    expect(doc.getMap(ROOT_LABELS).get('broken')).toEqual({ id: 'broken', name: '' });
  });

  it('keeps fields a newer client stored that this one does not know', () => {
    const doc = schemaDoc();
    doc.getMap(ROOT_LABELS).set('car', { ...CAR, description: 'any motor car' });
    renameLabel(doc, 'car', 'Vehicle', LOCAL_ORIGIN);
    expect(doc.getMap(ROOT_LABELS).get('car')).toMatchObject({
      name: 'Vehicle',
      description: 'any motor car',
    });
  });
});

describe('adding a label', () => {
  it('makes its id from its name and gives it an unused palette colour', () => {
    const doc = schemaDoc();
    const added = addLabel(doc, { name: 'Parked Car' }, LOCAL_ORIGIN);
    expect(added).toEqual({
      ok: true,
      value: { id: 'parked-car', name: 'Parked Car', colour: LABEL_PALETTE[0], hotkey: null },
    });
    expect(labelOf(doc, 'parked-car')).toEqual(added.ok && added.value);
  });

  it('adds a number when the id is taken and falls back for names without letters', () => {
    const doc = schemaDoc();
    doc.getMap(ROOT_LABELS).set('truck', { id: 'truck', name: '' });
    expect(addLabel(doc, { name: 'Truck' }, LOCAL_ORIGIN)).toMatchObject({
      value: { id: 'truck-2' },
    });
    expect(addLabel(doc, { name: '車' }, LOCAL_ORIGIN)).toMatchObject({ value: { id: 'label' } });
    expect(idFromName('Café au lait!', 'label', () => false)).toBe('cafe-au-lait');
  });

  it('takes a colour, hotkey and threshold, and refuses ones that do not fit', () => {
    const doc = schemaDoc();
    expect(
      addLabel(doc, { name: 'Dog', colour: '#ABCDEF', hotkey: 'd', iouThreshold: 0.6 }, null),
    ).toEqual({
      ok: true,
      value: { id: 'dog', name: 'Dog', colour: '#abcdef', hotkey: 'd', iouThreshold: 0.6 },
    });
    expect(addLabel(doc, { name: 'Cat', hotkey: '2' }, null)).toEqual({
      ok: false,
      error: 'hotkey 2 is already the label "car" (car): choose another key',
    });
    expect(addLabel(doc, { name: 'Cat', colour: 'red' }, null)).toEqual({
      ok: false,
      error: 'colour "red" is not a colour like #1f77b4',
    });
    expect(addLabel(doc, { name: 'car' }, null)).toMatchObject({ ok: false });
    expect(labelOf(doc, 'cat')).toBeUndefined();
  });
});

describe('setting colour, hotkey and IoU threshold', () => {
  it('sets a colour in lowercase and refuses anything else', () => {
    const doc = schemaDoc();
    expect(setLabelColour(doc, 'car', '#FF8800', LOCAL_ORIGIN)).toMatchObject({
      value: { colour: '#ff8800' },
    });
    expect(setLabelColour(doc, 'car', '#f80', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'colour "#f80" is not a colour like #1f77b4',
    });
    expect(labelOf(doc, 'car')?.colour).toBe('#ff8800');
  });

  it('sets and clears a hotkey, refusing one another label has and naming it', () => {
    const doc = schemaDoc();
    expect(setLabelHotkey(doc, 'car', '3', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'hotkey 3 is already the label "bicycle" (bicycle): choose another key',
    });
    expect(setLabelHotkey(doc, 'car', 'C', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'hotkey "C" must be one lowercase letter or digit, or none',
    });
    expect(setLabelHotkey(doc, 'car', 'ab', LOCAL_ORIGIN)).toMatchObject({ ok: false });
    expect(setLabelHotkey(doc, 'car', '2', LOCAL_ORIGIN)).toMatchObject({ ok: true });
    expect(setLabelHotkey(doc, 'car', 'c', LOCAL_ORIGIN)).toMatchObject({ value: { hotkey: 'c' } });
    expect(setLabelHotkey(doc, 'bicycle', null, LOCAL_ORIGIN)).toMatchObject({
      value: { hotkey: null },
    });
    expect(setLabelHotkey(doc, 'car', '3', LOCAL_ORIGIN)).toMatchObject({ value: { hotkey: '3' } });
  });

  it('sets a threshold from 0 to 1, refuses others, and clears it back to the default', () => {
    const doc = schemaDoc();
    expect(setLabelIouThreshold(doc, 'car', 0.7, LOCAL_ORIGIN)).toMatchObject({
      value: { iouThreshold: 0.7 },
    });
    expect(setLabelIouThreshold(doc, 'car', 1.5, LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'the IoU threshold must be a number from 0 to 1, not 1.5',
    });
    expect(setLabelIouThreshold(doc, 'car', Number.NaN, LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'the IoU threshold must be a number from 0 to 1',
    });
    expect(labelOf(doc, 'car')?.iouThreshold).toBe(0.7);
    expect(setLabelIouThreshold(doc, 'car', null, LOCAL_ORIGIN)).toMatchObject({ ok: true });
    expect(doc.getMap(ROOT_LABELS).get('car')).not.toHaveProperty('iouThreshold');
  });
});

describe('attributes of a label', () => {
  it('adds an attribute with an id made from its name, unique on the label', () => {
    const doc = schemaDoc();
    const added = addLabelAttribute(
      doc,
      'car',
      { name: 'Parked', type: 'checkbox', perFrame: true },
      LOCAL_ORIGIN,
    );
    expect(added).toEqual({
      ok: true,
      value: {
        id: 'parked',
        name: 'Parked',
        type: 'checkbox',
        options: [],
        required: false,
        perFrame: true,
      },
    });
    expect(labelOf(doc, 'car')?.attributes?.map((attribute) => attribute.id)).toEqual([
      'colour',
      'parked',
    ]);
    expect(addLabelAttribute(doc, 'bicycle', { name: 'Colour', type: 'text' }, null)).toMatchObject(
      { value: { id: 'colour' } },
    );
  });

  it('refuses a taken name, an unknown type and a select without options', () => {
    const doc = schemaDoc();
    expect(addLabelAttribute(doc, 'car', { name: 'Colour', type: 'text' }, null)).toMatchObject({
      ok: false,
      error: expect.stringContaining('is already the name of attribute colour'),
    });
    expect(addLabelAttribute(doc, 'car', { name: 'Size', type: 'slider' }, null)).toEqual({
      ok: false,
      error: 'attribute type "slider" is not one of select, multiselect, checkbox, number, text',
    });
    expect(
      addLabelAttribute(doc, 'car', { name: 'Make', type: 'select', options: [' '] }, null),
    ).toEqual({
      ok: false,
      error:
        'attribute make would not be valid (options): a select attribute needs at least one option',
    });
    expect(labelOf(doc, 'car')).toEqual(CAR);
  });

  it('renames an attribute and keeps its id', () => {
    const doc = schemaDoc();
    expect(renameLabelAttribute(doc, 'car', 'colour', 'Paint', LOCAL_ORIGIN)).toMatchObject({
      value: { id: 'colour', name: 'Paint', options: ['red', 'blue'] },
    });
    expect(renameLabelAttribute(doc, 'car', 'wheels', 'Wheels', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'label car has no attribute with id "wheels"',
    });
    expect(renameLabelAttribute(doc, 'car', 'colour', '', LOCAL_ORIGIN)).toEqual({
      ok: false,
      error: 'an attribute needs a name',
    });
  });
});

describe('tiers', () => {
  it('adds a tier under a parent and renames it, keeping its id', () => {
    const doc = schemaDoc();
    expect(
      addTier(doc, { name: 'Details', kind: 'segments', parentId: 'events' }, LOCAL_ORIGIN),
    ).toEqual({
      ok: true,
      value: { id: 'details', name: 'Details', kind: 'segments', parentId: 'events' },
    });
    expect(renameTier(doc, 'details', 'Sub-events', LOCAL_ORIGIN)).toMatchObject({
      value: { id: 'details', name: 'Sub-events', parentId: 'events' },
    });
    expect(readLabelSchema(doc).tiers.map((tier) => tier.name)).toEqual([
      'Events',
      'Sub-events',
      'Words',
    ]);
  });

  it('refuses a taken name, an unknown kind and a missing parent', () => {
    const doc = schemaDoc();
    expect(addTier(doc, { name: 'events', kind: 'segments' }, null)).toMatchObject({ ok: false });
    expect(addTier(doc, { name: 'Gestures', kind: 'video' }, null)).toEqual({
      ok: false,
      error: 'tier kind "video" is not one of segments, transcript',
    });
    expect(addTier(doc, { name: 'Gestures', kind: 'segments', parentId: 'nope' }, null)).toEqual({
      ok: false,
      error: 'there is no tier with id "nope" to hold Gestures',
    });
    expect(renameTier(doc, 'words', 'Events', null)).toMatchObject({ ok: false });
    expect(readLabelSchema(doc).tiers).toHaveLength(2);
  });
});

describe('two trainers editing at once', () => {
  it('keeps both edits when they change different labels, on both replicas', () => {
    const first = schemaDoc();
    const second = replicaOf(first);
    expect(renameLabel(first, 'car', 'Vehicle', LOCAL_ORIGIN).ok).toBe(true);
    expect(setLabelHotkey(second, 'bicycle', 'b', LOCAL_ORIGIN).ok).toBe(true);
    expect(addLabel(second, { name: 'Dog' }, LOCAL_ORIGIN).ok).toBe(true);
    exchange(first, second);
    for (const replica of [first, second]) {
      expect(labelOf(replica, 'car')).toEqual({ ...CAR, name: 'Vehicle' });
      expect(labelOf(replica, 'bicycle')).toEqual({ ...BICYCLE, hotkey: 'b' });
      expect(labelOf(replica, 'dog')?.name).toBe('Dog');
    }
  });

  it('keeps both edits when they change a label and a tier', () => {
    const first = schemaDoc();
    const second = replicaOf(first);
    addLabelAttribute(first, 'car', { name: 'Parked', type: 'checkbox' }, LOCAL_ORIGIN);
    renameTier(second, 'words', 'Utterances', LOCAL_ORIGIN);
    exchange(first, second);
    for (const replica of [first, second]) {
      expect(labelOf(replica, 'car')?.attributes).toHaveLength(2);
      expect(readLabelSchema(replica).tiers.map((tier) => tier.name)).toContain('Utterances');
    }
  });

  it('keeps one of two edits to the same label, the same one on both replicas', () => {
    const first = schemaDoc();
    const second = replicaOf(first);
    renameLabel(first, 'car', 'Vehicle', LOCAL_ORIGIN);
    setLabelColour(second, 'car', '#000000', LOCAL_ORIGIN);
    exchange(first, second);
    const kept = labelOf(first, 'car');
    expect(labelOf(second, 'car')).toEqual(kept);
    // Each label is one value in the labels map, so the later writer's whole label wins.
    expect([
      { ...CAR, name: 'Vehicle' },
      { ...CAR, colour: '#000000' },
    ]).toContainEqual(kept);
  });
});
