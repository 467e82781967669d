import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorCommands } from '../../../client/commands/EditorCommands.ts';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';

function setup(options: { canWrite?: boolean } = {}) {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
  const commands = createEditorCommands({
    doc,
    author: () => ({ userId: 'ann', nowMs: 1_700_000_000_000 }),
    canWrite: () => options.canWrite ?? true,
  });
  return { doc, commands, origins };
}

const box = { x: 10, y: 20, w: 100, h: 50 };

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.value;
}

describe('editor commands', () => {
  it('creates a box track with one keyframe at the current frame, in one local transaction', () => {
    const { doc, commands, origins } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 12, box, labelId: 'car' }));
    const [track] = readLayer(doc).tracks;
    expect(track).toMatchObject({ id, labelId: 'car', createdBy: 'ann', updatedBy: 'ann' });
    expect(track?.keyframes).toEqual([{ frame: 12, box, outside: false }]);
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });

  it('sets a keyframe when a box is placed at another frame, keeping the first one', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    expectOk(commands.setBoxAtFrame(id, 30, { x: 40, y: 20, w: 100, h: 50 }));
    expect(readLayer(doc).tracks[0]?.keyframes.map((keyframe) => keyframe.frame)).toEqual([0, 30]);
    expect(readLayer(doc).tracks[0]?.keyframes[1]?.box.x).toBe(40);
  });

  it('toggles outside from a frame on with the box interpolated there', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    expectOk(commands.setBoxAtFrame(id, 10, { ...box, x: 110 }));
    expect(expectOk(commands.toggleOutside(id, 5))).toBe(true);
    const keyframe = readLayer(doc).tracks[0]?.keyframes.find((entry) => entry.frame === 5);
    expect(keyframe).toEqual({ frame: 5, box: { ...box, x: 60 }, outside: true });
    expect(expectOk(commands.toggleOutside(id, 7))).toBe(false);
  });

  it('keeps a track outside when its box is moved at a frame where it is out of view', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    expectOk(commands.toggleOutside(id, 3));
    expectOk(commands.setBoxAtFrame(id, 8, { ...box, y: 90 }));
    expect(readLayer(doc).tracks[0]?.keyframes.at(-1)).toMatchObject({ frame: 8, outside: true });
  });

  it('deletes a keyframe but refuses to delete the last one, saying what to do instead', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    expectOk(commands.setBoxAtFrame(id, 4, box));
    expectOk(commands.deleteKeyframe(id, 4));
    const last = commands.deleteKeyframe(id, 0);
    expect(last).toEqual({ ok: false, error: expect.stringContaining('delete the track instead') });
    expect(readLayer(doc).tracks[0]?.keyframes).toHaveLength(1);
  });

  it('relabels and deletes a track', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    expectOk(commands.setTrackLabel(id, 'person'));
    expect(readLayer(doc).tracks[0]?.labelId).toBe('person');
    expectOk(commands.deleteTrack(id));
    expect(objectsOf(doc).size).toBe(0);
  });

  it('creates, moves, trims, labels and names the speaker of a segment', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createSegment({ tierId: 'events', startMs: 1000, endMs: 2500 }));
    expectOk(commands.moveSegment(id, 3000.4));
    expect(readLayer(doc).segments[0]).toMatchObject({ startMs: 3000, endMs: 4500 });
    expectOk(commands.trimSegment(id, { endMs: 5200 }));
    expectOk(commands.setSegmentLabel(id, 'door'));
    expectOk(commands.setSegmentSpeaker(id, '  ada '));
    expect(readLayer(doc).segments[0]).toMatchObject({
      id,
      tierId: 'events',
      startMs: 3000,
      endMs: 5200,
      labelId: 'door',
      speaker: 'ada',
    });
    expectOk(commands.deleteSegment(id));
    expect(readLayer(doc).segments).toEqual([]);
  });

  it('refuses a trim that would make a segment end before it starts, leaving it unchanged', () => {
    const { doc, commands } = setup();
    const id = expectOk(commands.createSegment({ tierId: 'events', startMs: 1000, endMs: 2000 }));
    const result = commands.trimSegment(id, { startMs: 2500 });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('must end after it starts'),
    });
    expect(readLayer(doc).segments[0]).toMatchObject({ startMs: 1000, endMs: 2000 });
  });

  it('refuses to move a segment before the start of the media', () => {
    const { commands } = setup();
    const id = expectOk(commands.createSegment({ tierId: 'events', startMs: 1000, endMs: 2000 }));
    expect(commands.moveSegment(id, -10).ok).toBe(false);
  });

  it('deletes and relabels a mixed selection in one transaction each', () => {
    const { doc, commands, origins } = setup();
    const trackId = expectOk(commands.createBoxTrack({ frame: 0, box, labelId: null }));
    const segmentId = expectOk(commands.createSegment({ tierId: 't', startMs: 0, endMs: 10 }));
    origins.length = 0;
    expect(expectOk(commands.setObjectsLabel([trackId, segmentId, 'gone'], 'x'))).toBe(2);
    expect(expectOk(commands.deleteObjects([trackId, segmentId]))).toBe(2);
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN]);
    expect(objectsOf(doc).size).toBe(0);
  });

  it('explains that an object was deleted by someone else instead of throwing', () => {
    const { commands } = setup();
    expect(commands.setBoxAtFrame('missing', 0, box)).toEqual({
      ok: false,
      error: expect.stringContaining('no longer exists'),
    });
    expect(commands.setSegmentLabel('missing', null).ok).toBe(false);
  });

  it('refuses an empty box and a frame that is not an index', () => {
    const { doc, commands } = setup();
    expect(commands.createBoxTrack({ frame: 0, box: { ...box, w: 0 }, labelId: null }).ok).toBe(
      false,
    );
    expect(commands.createBoxTrack({ frame: 1.5, box, labelId: null }).ok).toBe(false);
    expect(objectsOf(doc).size).toBe(0);
  });

  it('changes nothing when the layer is open read-only', () => {
    const { doc, commands } = setup({ canWrite: false });
    const result = commands.createBoxTrack({ frame: 0, box, labelId: null });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('read-only') });
    expect(commands.createSegment({ tierId: 't', startMs: 0, endMs: 10 }).ok).toBe(false);
    expect(objectsOf(doc).size).toBe(0);
  });
});
