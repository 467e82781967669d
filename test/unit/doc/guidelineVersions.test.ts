import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffGuidelineBlocks } from '../../../shared/doc/diffGuidelineBlocks.ts';
import { guidelineBlocks } from '../../../shared/doc/guidelineBlocks.ts';
import { readGuidelineContent } from '../../../shared/doc/guidelineContent.ts';
import { ROOT_GUIDELINES_VERSIONS } from '../../../shared/doc/guidelineRoots.ts';
import {
  checkGuidelineVersionName,
  readGuidelineVersions,
  saveGuidelineVersion,
} from '../../../shared/doc/guidelineVersions.ts';
import { LOCAL_ORIGIN, REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import {
  bulletList,
  editGuidelineText,
  guidelineSchema,
  heading,
  paragraph,
} from '../../fixtures/guidelineEditing.ts';

const tess = { userId: 'u-tess', name: 'Tess (trainer)' };

function save(doc: Y.Doc, name: string, nowMs = 1_000) {
  return saveGuidelineVersion(doc, { name, author: tess, nowMs }, LOCAL_ORIGIN);
}

function exchange(left: Y.Doc, right: Y.Doc): void {
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)), REMOTE_ORIGIN);
  Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)), REMOTE_ORIGIN);
}

describe('named versions of the guidelines', () => {
  it('saves the current text under a name with who saved it and when', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [heading(1, 'Vehicles'), paragraph('Box the whole car.')]);

    const saved = save(doc, '  Round 1 ', 1_700_000_000_000);

    expect(saved).toMatchObject({
      ok: true,
      value: { name: 'Round 1', savedBy: 'u-tess', savedByName: 'Tess (trainer)' },
    });
    const { versions, violations } = readGuidelineVersions(doc);
    expect(violations).toEqual([]);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ name: 'Round 1', savedAtMs: 1_700_000_000_000 });
    expect(versions[0]?.content).toEqual(readGuidelineContent(doc));
  });

  it('stores ProseMirror JSON that the editor schema accepts as it stands', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [heading(2, 'Occlusion'), bulletList('Mark occluded', 'Keep the box')]);
    save(doc, 'Round 1');

    const content = readGuidelineVersions(doc).versions[0]!.content;
    const node = guidelineSchema.nodeFromJSON(content);

    expect(() => node.check()).not.toThrow();
    expect(node.textContent).toBe('OcclusionMark occludedKeep the box');
  });

  it('keeps a version as it was while the text goes on changing', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [paragraph('Label every pedestrian.')]);
    save(doc, 'Round 1');
    editGuidelineText(doc, [paragraph('Label every pedestrian and cyclist.')]);

    const content = readGuidelineVersions(doc).versions[0]!.content;

    expect(guidelineBlocks(content)).toEqual([
      { type: 'paragraph', text: 'Label every pedestrian.' },
    ]);
  });

  it('refuses an empty name, a name of spaces, a long name and a name already used', () => {
    const doc = new Y.Doc();
    save(doc, 'Round 1');

    expect(save(doc, '')).toEqual({ ok: false, error: expect.stringContaining('needs a name') });
    expect(save(doc, '   ')).toEqual({ ok: false, error: expect.stringContaining('needs a name') });
    expect(save(doc, 'x'.repeat(81))).toEqual({
      ok: false,
      error: expect.stringContaining('at most 80 characters'),
    });
    expect(save(doc, 'round   1')).toEqual({
      ok: false,
      error: 'a version named "Round 1" already exists; choose another name',
    });
    expect(checkGuidelineVersionName(doc, ' Round 2 ')).toEqual({ ok: true, value: 'Round 2' });
    expect(readGuidelineVersions(doc).versions).toHaveLength(1);
  });

  it('writes a version in one transaction with the given origin, leaving the text alone', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [paragraph('Text')]);
    const origins: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const textBefore = readGuidelineContent(doc);

    save(doc, 'Round 1');

    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(readGuidelineContent(doc)).toEqual(textBefore);
  });

  it('shows the same unique names on every replica when two trainers save one name at once', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    editGuidelineText(left, [paragraph('Shared text')]);
    exchange(left, right);

    expect(save(left, 'Round 2', 5).ok).toBe(true);
    expect(save(right, 'Round 2', 6).ok).toBe(true);
    exchange(left, right);

    const names = readGuidelineVersions(left).versions.map((version) => version.name);
    expect(names.toSorted()).toEqual(['Round 2', 'Round 2 (2)']);
    expect(readGuidelineVersions(right)).toEqual(readGuidelineVersions(left));
    expect(readGuidelineVersions(left).violations).toEqual([
      expect.objectContaining({ field: 'name', message: expect.stringContaining('Round 2 (2)') }),
    ]);
  });

  it('reports a malformed stored version and reads the others', () => {
    const doc = new Y.Doc();
    save(doc, 'Round 1');
    doc.getArray(ROOT_GUIDELINES_VERSIONS).push([{ id: 'bad', name: '', savedAtMs: -1 }, 42]);
    save(doc, 'Round 2');

    const { versions, violations } = readGuidelineVersions(doc);

    expect(versions.map((version) => version.name)).toEqual(['Round 1', 'Round 2']);
    expect(violations.map((violation) => violation.message)).toEqual([
      expect.stringMatching(/^version 2 is malformed at name/),
      expect.stringMatching(/^version 3 is malformed/),
    ]);
  });

  it('survives a round trip through an encoded update', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [paragraph('One'), paragraph('Two')]);
    save(doc, 'Round 1');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));

    expect(readGuidelineVersions(copy)).toEqual(readGuidelineVersions(doc));
  });
});

describe('what changed since a version', () => {
  it('lists added and removed paragraphs against the current text, in reading order', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [
      heading(1, 'Vehicles'),
      paragraph('Box the whole car.'),
      paragraph('Ignore parked bicycles.'),
      paragraph('Trucks are vehicles.'),
    ]);
    save(doc, 'Round 1');
    editGuidelineText(doc, [
      heading(1, 'Vehicles'),
      paragraph('Box the whole car, mirrors included.'),
      paragraph('Trucks are vehicles.'),
      bulletList('Buses too'),
    ]);

    const version = readGuidelineVersions(doc).versions[0]!;
    const changes = diffGuidelineBlocks(
      guidelineBlocks(version.content),
      guidelineBlocks(readGuidelineContent(doc)),
    );

    expect(changes.map(({ change, text }) => `${change} ${text}`)).toEqual([
      'same Vehicles',
      'removed Box the whole car.',
      'removed Ignore parked bicycles.',
      'added Box the whole car, mirrors included.',
      'same Trucks are vehicles.',
      'added Buses too',
    ]);
  });

  it('tells a heading from a paragraph with the same words', () => {
    const changes = diffGuidelineBlocks(
      [{ type: 'paragraph', text: 'Cars' }],
      [{ type: 'heading', text: 'Cars' }],
    );

    expect(changes.map((line) => line.change)).toEqual(['removed', 'added']);
  });

  it('reports no change when nothing changed', () => {
    const blocks = [
      { type: 'paragraph', text: 'A' },
      { type: 'paragraph', text: 'B' },
    ];

    expect(diffGuidelineBlocks(blocks, blocks).every((line) => line.change === 'same')).toBe(true);
  });
});
