import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorCommands } from '../../../client/commands/EditorCommands.ts';
import { createLabelSchemaStore } from '../../../client/store/createLabelSchemaStore.ts';
import { createLayerStore } from '../../../client/store/createLayerStore.ts';
import type { FrameScheduler } from '../../../client/store/scheduleFrame.ts';
import { metaOf } from '../../../shared/doc/layerRoots.ts';
import { writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';

/** A scheduler the test advances by hand, so "once per frame" is observable. */
function manualFrames() {
  const pending: (() => void)[] = [];
  const schedule: FrameScheduler = (callback) => {
    pending.push(callback);
    return () => pending.splice(pending.indexOf(callback), 1);
  };
  return { schedule, pending, runFrame: () => pending.splice(0).forEach((callback) => callback()) };
}

function setup() {
  const doc = new Y.Doc();
  const frames = manualFrames();
  const store = createLayerStore(doc, frames.schedule);
  const commands = createEditorCommands({ doc, author: () => ({ userId: 'ann', nowMs: 0 }) });
  return { doc, frames, store, commands };
}

const box = { x: 0, y: 0, w: 10, h: 10 };

describe('layer store', () => {
  it('keeps the same snapshot object while nothing in the layer changed', () => {
    const { doc, frames, store } = setup();
    const first = store.getSnapshot();
    metaOf(doc).set('itemId', 'street');
    doc.getText('elsewhere').insert(0, 'typing');
    frames.runFrame();
    store.flush();
    expect(store.getSnapshot()).toBe(first);
  });

  it('reads many edits once, on the next frame, and tells subscribers once', () => {
    const { frames, store, commands } = setup();
    let notified = 0;
    store.subscribe(() => notified++);
    for (let index = 0; index < 5; index++) {
      commands.createSegment({ tierId: 't', startMs: index * 10, endMs: index * 10 + 5 });
    }
    expect(store.getSnapshot().segments).toHaveLength(0);
    expect(frames.pending).toHaveLength(1);
    frames.runFrame();
    expect(store.getSnapshot().segments).toHaveLength(5);
    expect(notified).toBe(1);
  });

  it('reuses unchanged tracks so only the edited one is a new object', () => {
    const { frames, store, commands } = setup();
    const first = commands.createBoxTrack({ frame: 0, box, labelId: null });
    const second = commands.createBoxTrack({ frame: 0, box, labelId: null });
    if (!first.ok || !second.ok) throw new Error('tracks were not created');
    frames.runFrame();
    const before = store.getSnapshot();
    commands.setTrackLabel(second.value, 'car');
    frames.runFrame();
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    const find = (snapshot: typeof before, id: string) => snapshot.tracks.find((t) => t.id === id);
    expect(find(after, first.value)).toBe(find(before, first.value));
    expect(find(after, second.value)).not.toBe(find(before, second.value));
    expect(after.segments).toBe(before.segments);
  });

  it('keeps the snapshot when an edit is undone back to the same content within a frame', () => {
    const { frames, store, commands } = setup();
    const id = commands.createBoxTrack({ frame: 0, box, labelId: 'a' });
    if (!id.ok) throw new Error(id.error);
    frames.runFrame();
    const before = store.getSnapshot();
    commands.setTrackLabel(id.value, 'b');
    commands.setTrackLabel(id.value, 'a');
    frames.runFrame();
    expect(store.getSnapshot()).toBe(before);
  });

  it('stops reading after it is disposed', () => {
    const { frames, store, commands } = setup();
    store.dispose();
    commands.createSegment({ tierId: 't', startMs: 0, endMs: 5 });
    expect(frames.pending).toHaveLength(0);
  });
});

describe('label schema store', () => {
  it('reads labels and tiers and keeps its snapshot when they are rewritten unchanged', () => {
    const doc = new Y.Doc();
    const frames = manualFrames();
    const store = createLabelSchemaStore(doc, frames.schedule);
    const label = { id: 'car', name: 'Car', colour: '#1f77b4', hotkey: '1' };
    writeLabelSchema(
      doc,
      { labels: [label], tiers: [{ id: 'ev', name: 'Events', kind: 'segments' }] },
      null,
    );
    frames.runFrame();
    const snapshot = store.getSnapshot();
    expect(snapshot.labels).toEqual([label]);
    expect(snapshot.tiers).toHaveLength(1);
    writeLabelSchema(doc, { labels: [label] }, null);
    frames.runFrame();
    expect(store.getSnapshot()).toBe(snapshot);
  });
});
