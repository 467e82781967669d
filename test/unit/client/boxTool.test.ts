import { describe, expect, it } from 'vitest';
import type { BoxToolEvent } from '../../../client/tools/BoxToolEvent.ts';
import type { BoxToolScene } from '../../../client/tools/BoxToolScene.ts';
import type { BoxToolState } from '../../../client/tools/BoxToolState.ts';
import { IDLE_BOX_TOOL } from '../../../client/tools/BoxToolState.ts';
import { boxToolPreview } from '../../../client/tools/boxToolPreview.ts';
import type { BoxToolEffect } from '../../../client/tools/BoxToolEffect.ts';
import { reduceBoxTool } from '../../../client/tools/reduceBoxTool.ts';

const scene = (overrides: Partial<BoxToolScene> = {}): BoxToolScene => ({
  boxes: [
    { trackId: 'a', box: { x: 100, y: 100, w: 100, h: 50 }, outside: false },
    { trackId: 'b', box: { x: 150, y: 120, w: 100, h: 100 }, outside: false },
    { trackId: 'gone', box: { x: 400, y: 10, w: 50, h: 50 }, outside: true },
  ],
  selection: [],
  canWrite: true,
  media: { width: 640, height: 360 },
  mediaPixelsPerScreenPixel: 1,
  ...overrides,
});

/** Feeds events through the reducer, collecting every effect. */
function run(events: BoxToolEvent[], sceneNow: BoxToolScene = scene()) {
  let state: BoxToolState = IDLE_BOX_TOOL;
  const effects: BoxToolEffect[] = [];
  const previews = [];
  for (const event of events) {
    const step = reduceBoxTool(state, event, sceneNow);
    state = step.state;
    effects.push(...step.effects);
    previews.push(boxToolPreview(state));
  }
  return { state, effects, previews };
}

const down = (x: number, y: number, additive = false): BoxToolEvent => ({
  type: 'pointerDown',
  point: { x, y },
  additive,
});
const move = (x: number, y: number): BoxToolEvent => ({ type: 'pointerMove', point: { x, y } });
const up = (x: number, y: number): BoxToolEvent => ({ type: 'pointerUp', point: { x, y } });

describe('box tool', () => {
  it('draws a new box on empty space and asks for a track once, on pointer-up', () => {
    const { effects, previews, state } = run([
      down(300, 300),
      move(350, 250),
      move(320, 200),
      up(320, 200),
    ]);
    expect(previews[2]).toEqual({ trackId: null, box: { x: 300, y: 200, w: 20, h: 100 } });
    expect(effects).toEqual([{ type: 'createTrack', box: { x: 300, y: 200, w: 20, h: 100 } }]);
    expect(state).toEqual(IDLE_BOX_TOOL);
  });

  it('keeps a drawn box inside the video', () => {
    const { effects } = run([down(600, 300), up(700, 400)]);
    expect(effects).toEqual([{ type: 'createTrack', box: { x: 600, y: 300, w: 40, h: 60 } }]);
  });

  it('treats a click on empty space as clearing the selection, not as a tiny box', () => {
    const { effects } = run([down(10, 10), up(11, 11)], scene({ selection: ['a'] }));
    expect(effects).toEqual([{ type: 'select', trackIds: [] }]);
  });

  it('selects the topmost box under a click', () => {
    const { effects } = run([down(160, 130), up(160, 130)]);
    expect(effects).toEqual([{ type: 'select', trackIds: ['b'] }]);
  });

  it('narrows a multiple selection to the box clicked', () => {
    const { effects } = run([down(110, 110), up(110, 110)], scene({ selection: ['a', 'b'] }));
    expect(effects).toEqual([{ type: 'select', trackIds: ['a'] }]);
  });

  it('adds to and removes from the selection with shift-click', () => {
    expect(run([down(110, 110, true)], scene({ selection: ['b'] })).effects).toEqual([
      { type: 'select', trackIds: ['b', 'a'] },
    ]);
    expect(run([down(110, 110, true)], scene({ selection: ['a', 'b'] })).effects).toEqual([
      { type: 'select', trackIds: ['b'] },
    ]);
  });

  it('moves a box by its body and commits only the final position', () => {
    const { effects, previews } = run([
      down(120, 110),
      move(130, 120),
      move(140, 130),
      up(150, 140),
    ]);
    expect(previews[1]).toEqual({ trackId: 'a', box: { x: 110, y: 110, w: 100, h: 50 } });
    expect(effects).toEqual([
      { type: 'select', trackIds: ['a'] },
      { type: 'setBox', trackId: 'a', box: { x: 130, y: 130, w: 100, h: 50 } },
    ]);
  });

  it('does not move a box for a jitter below the drag threshold', () => {
    const { effects } = run(
      [down(120, 110), move(121, 111), up(121, 111)],
      scene({ selection: ['a'] }),
    );
    expect(effects).toEqual([]);
  });

  it('stops a moved box at the edge of the video', () => {
    const { effects } = run([down(120, 110), up(-500, 110)], scene({ selection: ['a'] }));
    expect(effects).toEqual([
      { type: 'setBox', trackId: 'a', box: { x: 0, y: 100, w: 100, h: 50 } },
    ]);
  });

  it('resizes a selected box by its corner handle', () => {
    const { effects } = run(
      [down(200, 150), move(230, 170), up(240, 180)],
      scene({ selection: ['a'] }),
    );
    expect(effects).toEqual([
      { type: 'setBox', trackId: 'a', box: { x: 100, y: 100, w: 140, h: 80 } },
    ]);
  });

  it('flips a box dragged past its opposite edge instead of giving it a negative size', () => {
    const { effects } = run([down(100, 125), up(250, 125)], scene({ selection: ['a'] }));
    expect(effects).toEqual([
      { type: 'setBox', trackId: 'a', box: { x: 200, y: 100, w: 50, h: 50 } },
    ]);
  });

  it('grabs a selected box even when another box lies on top of it', () => {
    const { effects } = run([down(170, 140), up(180, 140)], scene({ selection: ['a'] }));
    expect(effects).toEqual([
      { type: 'setBox', trackId: 'a', box: { x: 110, y: 100, w: 100, h: 50 } },
    ]);
  });

  it('does not grab a box that is outside at this frame unless it is selected', () => {
    expect(run([down(410, 20), up(410, 20)]).effects).toEqual([]);
    expect(run([down(410, 20), up(420, 20)], scene({ selection: ['gone'] })).effects).toEqual([
      { type: 'setBox', trackId: 'gone', box: { x: 410, y: 10, w: 50, h: 50 } },
    ]);
  });

  it('abandons a drag on Escape without committing anything', () => {
    const { effects, state } = run([
      down(120, 110),
      move(160, 160),
      { type: 'cancel' },
      up(160, 160),
    ]);
    expect(effects).toEqual([{ type: 'select', trackIds: ['a'] }]);
    expect(state).toEqual(IDLE_BOX_TOOL);
  });

  it('deselects on Escape when nothing is being dragged', () => {
    expect(run([{ type: 'cancel' }], scene({ selection: ['a'] })).effects).toEqual([
      { type: 'select', trackIds: [] },
    ]);
  });

  it('deletes the selection on Delete', () => {
    expect(run([{ type: 'delete' }], scene({ selection: ['a', 'b'] })).effects).toEqual([
      { type: 'delete', trackIds: ['a', 'b'] },
    ]);
  });

  it('lets a read-only user select but never draw, move, resize or delete', () => {
    const readOnly = scene({ canWrite: false, selection: ['a'] });
    expect(run([down(300, 300), up(350, 350)], readOnly).effects).toEqual([]);
    expect(run([down(120, 110), up(160, 150)], readOnly).effects).toEqual([]);
    expect(run([down(200, 150), up(260, 190)], readOnly).effects).toEqual([]);
    expect(run([{ type: 'delete' }], readOnly).effects).toEqual([]);
    expect(run([down(160, 200), up(160, 200)], readOnly).effects).toEqual([
      { type: 'select', trackIds: ['b'] },
    ]);
  });

  it('measures grab distances in screen pixels when the video is shown small', () => {
    const small = scene({ selection: ['a'], mediaPixelsPerScreenPixel: 4 });
    const { effects } = run([down(215, 160), up(235, 170)], small);
    expect(effects).toEqual([
      { type: 'setBox', trackId: 'a', box: { x: 100, y: 100, w: 120, h: 60 } },
    ]);
  });
});
