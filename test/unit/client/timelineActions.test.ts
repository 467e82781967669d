import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applySegmentOutcome } from '../../../client/timeline/applySegmentOutcome.ts';
import type { TimelineActionContext } from '../../../client/timeline/runTimelineAction.ts';
import { NEW_SEGMENT_MS, runTimelineAction } from '../../../client/timeline/runTimelineAction.ts';
import { timelineKeyAction } from '../../../client/timeline/timelineKeyAction.ts';
import { createEditorCommands } from '../../../client/commands/EditorCommands.ts';
import { REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import type { SegmentView } from '../../../shared/doc/readLayer.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { Label } from '../../../shared/schema/labelSchema.ts';
import type { Result } from '../../../shared/schema/result.ts';

const labels: Label[] = [
  { id: 'car', name: 'Car', colour: '#1f77b4', hotkey: '1' },
  { id: 'horn', name: 'Horn', colour: '#ff7f0e', hotkey: 'h' },
];
const press = (
  key: string,
  modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

function layerWithSegments(): Y.Doc {
  const doc = new Y.Doc();
  const author = { userId: 'seed', nowMs: 0 };
  createSegment(
    doc,
    { id: 'event', tierId: 'events', startMs: 1_000, endMs: 2_000, labelId: null, speaker: null },
    author,
    REMOTE_ORIGIN,
  );
  createSegment(
    doc,
    { id: 'said', tierId: 'tx', startMs: 500, endMs: 900, labelId: null, speaker: 'Ana' },
    author,
    REMOTE_ORIGIN,
  );
  return doc;
}

function harness(doc: Y.Doc, overrides: Partial<TimelineActionContext> = {}) {
  const calls = {
    selected: [] as string[][],
    played: [] as Array<[number, number]>,
    errors: [] as string[],
  };
  const segment = (id: string): SegmentView =>
    readLayer(doc).segments.find((candidate) => candidate.id === id)!;
  const context: TimelineActionContext = {
    commands: createEditorCommands({ doc, author: () => ({ userId: 'ana', nowMs: 1 }) }),
    canWrite: true,
    playheadMs: 19_500,
    durationMs: 20_000,
    selectedSegments: [segment('event')],
    selectedUtterances: [segment('said')],
    newSegmentTierId: 'events',
    onSelect: (ids) => calls.selected.push(ids),
    onPlayRange: (startMs, endMs) => calls.played.push([startMs, endMs]),
    zoomBy: () => undefined,
    markBoundary: () => false,
    stopSegmenting: () => false,
    report: (result: Result<unknown>) => {
      if (!result.ok) calls.errors.push(result.error);
    },
    ...overrides,
  };
  return { context, calls };
}

describe('timeline keys', () => {
  it('maps N, P, Delete, Escape, zoom keys and label hotkeys', () => {
    expect(timelineKeyAction(press('N'), labels)).toEqual({ kind: 'new-segment' });
    expect(timelineKeyAction(press('p'), labels)).toEqual({ kind: 'play-selection' });
    expect(timelineKeyAction(press('Backspace'), labels)).toEqual({ kind: 'delete' });
    expect(timelineKeyAction(press('Escape'), labels)).toEqual({ kind: 'clear-selection' });
    expect(timelineKeyAction(press('+'), labels)).toEqual({ kind: 'zoom', factor: 2 });
    expect(timelineKeyAction(press('1'), labels)).toEqual({ kind: 'label', labelId: 'car' });
    expect(timelineKeyAction(press('H'), labels)).toEqual({ kind: 'label', labelId: 'horn' });
    expect(timelineKeyAction(press('7'), labels)).toBeNull();
  });

  it('leaves shortcuts with Ctrl, Cmd or Alt to the page', () => {
    expect(timelineKeyAction(press('z', { ctrlKey: true }), labels)).toBeNull();
    expect(timelineKeyAction(press('1', { metaKey: true }), labels)).toBeNull();
    expect(timelineKeyAction(press('n', { altKey: true }), labels)).toBeNull();
  });
});

describe('timeline actions on a real layer', () => {
  it('creates a segment at the playhead with N, shifted to end with the media, and selects it', () => {
    const doc = layerWithSegments();
    const { context, calls } = harness(doc);
    expect(runTimelineAction({ kind: 'new-segment' }, context)).toBe(true);
    const created = readLayer(doc).segments.find(
      (segment) => segment.id === calls.selected[0]?.[0],
    );
    expect(created).toMatchObject({
      tierId: 'events',
      startMs: 20_000 - NEW_SEGMENT_MS,
      endMs: 20_000,
      createdBy: 'ana',
    });
  });

  it('labels every selected segment and utterance in one step', () => {
    const doc = layerWithSegments();
    const { context } = harness(doc);
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    runTimelineAction({ kind: 'label', labelId: 'horn' }, context);
    expect(transactions).toHaveLength(1);
    expect(readLayer(doc).segments.map((segment) => segment.labelId)).toEqual(['horn', 'horn']);
  });

  it('deletes selected segments but never utterances, whose text lives in the transcript', () => {
    const doc = layerWithSegments();
    const { context, calls } = harness(doc);
    runTimelineAction({ kind: 'delete' }, context);
    expect(readLayer(doc).segments.map((segment) => segment.id)).toEqual(['said']);
    expect(calls.selected).toEqual([[]]);
  });

  it('plays the earliest selected segment', () => {
    const doc = layerWithSegments();
    const { context, calls } = harness(doc);
    runTimelineAction({ kind: 'play-selection' }, context);
    expect(calls.played).toEqual([[500, 900]]);
  });

  it('changes nothing and lets the key through when the layer is read-only', () => {
    const doc = layerWithSegments();
    const { context } = harness(doc, { canWrite: false });
    const before = JSON.stringify(readLayer(doc));
    expect(runTimelineAction({ kind: 'new-segment' }, context)).toBe(false);
    expect(runTimelineAction({ kind: 'label', labelId: 'car' }, context)).toBe(false);
    expect(runTimelineAction({ kind: 'delete' }, context)).toBe(false);
    expect(JSON.stringify(readLayer(doc))).toBe(before);
  });

  it('explains why N cannot create a segment when the project has no segments tier', () => {
    const doc = layerWithSegments();
    const { context, calls } = harness(doc, { newSegmentTierId: null });
    expect(runTimelineAction({ kind: 'new-segment' }, context)).toBe(true);
    expect(calls.errors).toEqual(['this project has no segments tier to create a segment on']);
  });
});

describe('committing a drag', () => {
  it('moves, trims and creates through the editor commands, one transaction each', () => {
    const doc = layerWithSegments();
    const { context, calls } = harness(doc);
    const tier = { id: 'events', name: 'Events', kind: 'segments' as const };
    const actions = { ...context, onSeek: () => undefined };
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    applySegmentOutcome(tier, { kind: 'move', segmentId: 'event', startMs: 3_000 }, actions);
    applySegmentOutcome(
      tier,
      { kind: 'trim', segmentId: 'event', ends: { endMs: 4_500 } },
      actions,
    );
    applySegmentOutcome(tier, { kind: 'create', range: { startMs: 8_000, endMs: 9_000 } }, actions);
    expect(transactions).toHaveLength(3);
    const segments = readLayer(doc).segments.filter((segment) => segment.tierId === 'events');
    expect(segments.map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [3_000, 4_500],
      [8_000, 9_000],
    ]);
    expect(calls.selected).toEqual([[segments[1]!.id]]);
  });

  it('clears the selection and seeks on a click in empty space', () => {
    const doc = layerWithSegments();
    const seeks: number[] = [];
    const { context, calls } = harness(doc);
    applySegmentOutcome(
      { id: 'events', name: 'Events', kind: 'segments' },
      { kind: 'click-empty', ms: 7_250 },
      { ...context, onSeek: (ms) => seeks.push(ms) },
    );
    expect(calls.selected).toEqual([[]]);
    expect(seeks).toEqual([7_250]);
  });
});
