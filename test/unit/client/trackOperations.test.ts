import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorCommands } from '../../../client/commands/EditorCommands.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { importTrack } from '../../../shared/doc/importTrack.ts';

const box = (x: number) => ({ x, y: 20, w: 100, h: 50 });

function setup() {
  const doc = new Y.Doc();
  const transactions: unknown[] = [];
  doc.on('afterTransaction', (transaction) => transactions.push(transaction.origin));
  const commands = createEditorCommands({
    doc,
    author: () => ({ userId: 'ann', nowMs: 1_700_000_000_000 }),
  });
  return { doc, commands, transactions };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const framesOf = (doc: Y.Doc, id: string) =>
  readLayer(doc)
    .tracks.find((track) => track.id === id)
    ?.keyframes.map((keyframe) => [keyframe.frame, keyframe.box.x, keyframe.outside]);

describe('track operations', () => {
  it('repeats the box shown at a frame on the next frames, in one undo step', () => {
    const { doc, commands, transactions } = setup();
    const id = value(commands.createBoxTrack({ frame: 0, box: box(0), labelId: 'car' }));
    value(commands.setBoxAtFrame(id, 10, box(100)));
    transactions.length = 0;
    expect(value(commands.propagateBox({ trackId: id, frame: 5, count: 3, lastFrame: 599 }))).toBe(
      3,
    );
    expect(framesOf(doc, id)).toEqual([
      [0, 0, false],
      [6, 50, false],
      [7, 50, false],
      [8, 50, false],
      [10, 100, false],
    ]);
    expect(transactions).toEqual([LOCAL_ORIGIN]);
    expect(commands.propagateBox({ trackId: id, frame: 599, count: 3, lastFrame: 599 }).ok).toBe(
      false,
    );
  });

  it('splits a track: the new one takes the frame and what follows, the old one goes outside', () => {
    const { doc, commands } = setup();
    const id = value(commands.createBoxTrack({ frame: 0, box: box(0), labelId: 'car' }));
    value(commands.setBoxAtFrame(id, 20, box(200)));
    value(commands.setBoxAtFrame(id, 30, box(300)));
    const added = value(commands.splitTrack(id, 10));
    expect(framesOf(doc, id)).toEqual([
      [0, 0, false],
      [10, 100, true],
    ]);
    expect(framesOf(doc, added)).toEqual([
      [10, 100, false],
      [20, 200, false],
      [30, 300, false],
    ]);
    expect(readLayer(doc).tracks.find((track) => track.id === added)?.labelId).toBe('car');
    expect(commands.splitTrack(id, 0).ok).toBe(false);
  });

  it('splits an imported dense track whose keyframes sit in its base', () => {
    const { doc, commands } = setup();
    const keyframes = Array.from({ length: 50 }, (_, frame) => ({
      frame,
      box: box(frame),
      outside: false,
    }));
    importTrack(
      doc,
      { id: 'tracked', labelId: null, source: 'model.tracker', keyframes },
      { userId: 'model', nowMs: 0 },
      LOCAL_ORIGIN,
    );
    const added = value(commands.splitTrack('tracked', 25));
    expect(framesOf(doc, 'tracked')).toHaveLength(26);
    expect(framesOf(doc, 'tracked')?.at(-1)).toEqual([25, 25, true]);
    expect(framesOf(doc, added)).toHaveLength(25);
    expect(framesOf(doc, added)?.[0]).toEqual([25, 25, false]);
  });

  it('merges one track into another, refusing when both have a keyframe at one frame', () => {
    const { doc, commands } = setup();
    const first = value(commands.createBoxTrack({ frame: 0, box: box(0), labelId: 'car' }));
    const second = value(commands.createBoxTrack({ frame: 40, box: box(400), labelId: 'car' }));
    expect(value(commands.mergeTracks(first, second))).toBe(1);
    expect(readLayer(doc).tracks.map((track) => track.id)).toEqual([first]);
    expect(framesOf(doc, first)).toEqual([
      [0, 0, false],
      [40, 400, false],
    ]);
    const third = value(commands.createBoxTrack({ frame: 40, box: box(1), labelId: null }));
    expect(commands.mergeTracks(first, third)).toEqual({
      ok: false,
      error: 'both tracks have a keyframe at frame 40: move or delete one first',
    });
  });
});
