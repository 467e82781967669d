import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoute } from '../../../client/ui/Route.ts';
import { guidelineBlocks } from '../../../shared/doc/guidelineBlocks.ts';
import { readGuidelineContent } from '../../../shared/doc/guidelineContent.ts';
import { insertDisagreementExample } from '../../../shared/doc/guidelineExamples.ts';
import { ROOT_GUIDELINES_TEXT } from '../../../shared/doc/guidelineRoots.ts';
import { LOCAL_ORIGIN, REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import type { DisagreementExample } from '../../../shared/schema/disagreementExample.ts';
import {
  bindingWritesOnOpen,
  editGuidelineText,
  editorReading,
  heading,
  paragraph,
} from '../../fixtures/guidelineEditing.ts';

const example: DisagreementExample = {
  projectId: 'demo',
  itemId: 'street',
  layers: ['a.ana', 'a.arlo'],
  frames: [12, 40],
  kind: 'label',
  message: 'A van parked half out of frame: label it Vehicle, not Car.',
  thumbnailUrl: '/media/m1/frames/12',
};

function insert(doc: Y.Doc, value: unknown) {
  return insertDisagreementExample(doc, value, LOCAL_ORIGIN);
}

function linkOf(doc: Y.Doc): string {
  const json = JSON.stringify(readGuidelineContent(doc));
  return /"href":"([^"]+)"/.exec(json)?.[1] ?? '';
}

describe('adding a disagreement case to the guidelines', () => {
  it('appends a block naming the case, the item, the layers and where, with a link to review', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [heading(1, 'Vehicles'), paragraph('Box the whole car.')]);

    const added = insert(doc, example);

    expect(added).toEqual({ ok: true, value: { href: '/p/demo/i/street/review#frame=12-40' } });
    expect(guidelineBlocks(readGuidelineContent(doc))).toEqual([
      { type: 'heading', text: 'Vehicles' },
      { type: 'paragraph', text: 'Box the whole car.' },
      { type: 'paragraph', text: 'Disagreement: label' },
      { type: 'paragraph', text: example.message },
      { type: 'paragraph', text: 'Item street, frames 12–40. Layers: a.ana, a.arlo' },
      { type: 'paragraph', text: 'Open it in review' },
      { type: 'image', text: '[image: Item street, frames 12–40]' },
    ]);
    const block = readGuidelineContent(doc).content?.[2];
    expect(block).toMatchObject({
      type: 'disagreementExample',
      attrs: { itemId: 'street', kind: 'label' },
    });
  });

  it('writes exactly what the editor would, so opening it changes nothing', () => {
    const doc = new Y.Doc();
    editGuidelineText(doc, [paragraph('Intro')]);
    insert(doc, example);

    const reading = editorReading(doc);

    expect(() => reading.check()).not.toThrow();
    expect(reading.child(1).type.name).toBe('disagreementExample');
    expect(reading.child(1).child(3).firstChild?.marks[0]?.attrs).toMatchObject({
      href: '/p/demo/i/street/review#frame=12-40',
    });
    expect(reading.child(1).lastChild?.attrs).toMatchObject({ src: '/media/m1/frames/12' });
    expect(bindingWritesOnOpen(doc)).toBe(0);
  });

  it('notices, by the same measure, a link the editor would have written differently', () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText();
    text.applyDelta([{ insert: 'review', attributes: { link: { href: '/p/demo' } } }]);
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [text]);
    doc.getXmlFragment(ROOT_GUIDELINES_TEXT).insert(0, [element]);

    expect(bindingWritesOnOpen(doc)).toBeGreaterThan(0);
  });

  it('leaves a paragraph after the block to go on typing in', () => {
    const doc = new Y.Doc();
    insert(doc, example);

    const content = readGuidelineContent(doc).content ?? [];

    expect(content.map((node) => node.type)).toEqual(['disagreementExample', 'paragraph']);
  });

  it('links to a valid review route with a frame or a time fragment', () => {
    const byFrame = insert(new Y.Doc(), { ...example, frames: [7, 7] });
    const byTime = insert(new Y.Doc(), { ...example, frames: undefined, timeMs: [1_200, 3_450] });
    const plain = insert(new Y.Doc(), { ...example, frames: undefined });

    expect(byFrame).toEqual({ ok: true, value: { href: '/p/demo/i/street/review#frame=7' } });
    expect(byTime).toEqual({ ok: true, value: { href: '/p/demo/i/street/review#t=1.2,3.45' } });
    expect(plain).toEqual({ ok: true, value: { href: '/p/demo/i/street/review' } });
    for (const result of [byFrame, byTime, plain]) {
      const [path] = (result.ok ? result.value.href : '').split('#');
      expect(parseRoute(path!)).toEqual({ page: 'review', projectId: 'demo', itemId: 'street' });
    }
  });

  it('shows no image without a thumbnail, and says where in time the case is', () => {
    const doc = new Y.Doc();
    const { thumbnailUrl: _thumbnail, frames: _frames, ...rest } = example;
    insert(doc, { ...rest, timeMs: [61_005, 62_000] });

    const blocks = guidelineBlocks(readGuidelineContent(doc));

    expect(blocks.some((block) => block.type === 'image')).toBe(false);
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: 'Item street, 1:01.005–1:02.000. Layers: a.ana, a.arlo',
    });
    expect(linkOf(doc)).toBe('/p/demo/i/street/review#t=61.005,62');
  });

  it('refuses anything beyond a link, names and a media frame, naming the field', () => {
    const doc = new Y.Doc();
    const cases: [unknown, string][] = [
      [{ ...example, objects: [{ box: [1, 2, 3, 4] }] }, 'objects'],
      [{ ...example, thumbnailUrl: 'https://elsewhere.example/a.png' }, 'thumbnailUrl'],
      [{ ...example, thumbnailUrl: '/media/m1' }, 'thumbnailUrl'],
      [{ ...example, layers: [] }, 'layers'],
      [{ ...example, layers: ['A Layer'] }, 'layers.0'],
      [{ ...example, frames: [40, 12] }, 'frames'],
      [{ ...example, timeMs: [5, 1.5] }, 'timeMs.1'],
      [{ ...example, itemId: '../x' }, 'itemId'],
      [{ ...example, message: '  ' }, 'message'],
    ];

    for (const [value, field] of cases) {
      const result = insert(doc, value);
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.error).toContain(field);
    }
    expect(doc.getXmlFragment(ROOT_GUIDELINES_TEXT).length).toBe(0);
  });

  it('adds the block in one transaction that a collaborator receives whole', () => {
    const trainer = new Y.Doc();
    const reader = new Y.Doc();
    editGuidelineText(trainer, [paragraph('Intro')]);
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(trainer), REMOTE_ORIGIN);
    const updates: Uint8Array[] = [];
    trainer.on('update', (update: Uint8Array) => updates.push(update));

    insert(trainer, example);
    for (const update of updates) Y.applyUpdate(reader, update, REMOTE_ORIGIN);

    expect(updates).toHaveLength(1);
    expect(readGuidelineContent(reader)).toEqual(readGuidelineContent(trainer));
  });

  it('keeps both when two trainers add examples at the same time', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    insert(left, example);
    insert(right, { ...example, itemId: 'crossing', kind: 'missing' });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left), REMOTE_ORIGIN);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right), REMOTE_ORIGIN);

    const kinds = (readGuidelineContent(left).content ?? [])
      .filter((node) => node.type === 'disagreementExample')
      .map((node) => node.attrs?.kind);

    expect(kinds.toSorted()).toEqual(['label', 'missing']);
    expect(readGuidelineContent(right)).toEqual(readGuidelineContent(left));
    expect(() => editorReading(left).check()).not.toThrow();
  });
});
