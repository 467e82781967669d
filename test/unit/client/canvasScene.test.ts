import { describe, expect, it } from 'vitest';
import type { TrackView } from '../../../shared/doc/readLayer.ts';
import { boxesAtFrame } from '../../../client/tools/boxesAtFrame.ts';
import { buildCanvasScene } from '../../../client/ui/buildCanvasScene.ts';

const track = (
  id: string,
  keyframes: TrackView['keyframes'],
  labelId: string | null = 'car',
): TrackView => ({
  id,
  labelId,
  keyframes,
  attributes: {},
  createdBy: 'ann',
  updatedBy: 'ann',
});

const box = { x: 0, y: 0, w: 10, h: 10 };
const tracks = [
  track('moving', [
    { frame: 0, box, outside: false },
    { frame: 10, box: { ...box, x: 100 }, outside: false },
  ]),
  track('leaves', [
    { frame: 0, box, outside: false },
    { frame: 4, box, outside: true },
  ]),
  track('later', [{ frame: 20, box, outside: false }]),
];
const labels = [{ id: 'car', name: 'Car', colour: '#1f77b4', hotkey: '1' }];

describe('what the canvas draws at a frame', () => {
  it('interpolates boxes between keyframes and leaves out tracks that have not started', () => {
    const boxes = boxesAtFrame(tracks, 5);
    expect(boxes.map((entry) => entry.trackId)).toEqual(['moving', 'leaves']);
    expect(boxes[0]).toMatchObject({ box: { ...box, x: 50 }, outside: false, isKeyframe: false });
  });

  it('hides boxes that are outside unless they are selected, and colours boxes by label', () => {
    const input = {
      boxes: boxesAtFrame(tracks, 5),
      labels,
      preview: null,
      peers: [],
      canWrite: true,
      masks: [],
      shapes: [],
      links: [],
      strokePreview: null,
    };
    expect(
      buildCanvasScene({ ...input, selection: [] }).boxes.map((entry) => entry.trackId),
    ).toEqual(['moving']);
    const selected = buildCanvasScene({ ...input, selection: ['leaves'] }).boxes;
    expect(selected.find((entry) => entry.trackId === 'leaves')).toMatchObject({
      outside: true,
      selected: true,
      colour: '#1f77b4',
      caption: 'Car',
    });
  });

  it("draws other users' pointers with their names and colours, and no handles for a read-only user", () => {
    const scene = buildCanvasScene({
      boxes: [],
      labels,
      selection: [],
      preview: null,
      canWrite: false,
      masks: [],
      shapes: [],
      links: [],
      strokePreview: null,
      peers: [
        {
          clientId: 7,
          user: { id: 'ben', name: 'Ben', colour: '#ff7f0e' },
          cursor: { x: 3, y: 4, frame: 0 },
        },
        { clientId: 8, user: { id: 'cy', name: 'Cy', colour: '#2ca02c' }, cursor: null },
      ],
    });
    expect(scene.cursors).toEqual([{ clientId: 7, name: 'Ben', colour: '#ff7f0e', x: 3, y: 4 }]);
    expect(scene.showHandles).toBe(false);
  });

  it('marks the boxes other users have selected with their names and colours', () => {
    const scene = buildCanvasScene({
      boxes: boxesAtFrame(tracks, 0),
      labels,
      selection: [],
      preview: null,
      canWrite: true,
      masks: [],
      shapes: [],
      links: [],
      strokePreview: null,
      peers: [
        { clientId: 7, user: { id: 'ben', name: 'Ben', colour: '#ff7f0e' }, selection: ['moving'] },
      ],
    });
    expect(scene.boxes.find((entry) => entry.trackId === 'moving')?.heldBy).toEqual([
      { name: 'Ben', colour: '#ff7f0e' },
    ]);
    expect(scene.boxes.find((entry) => entry.trackId === 'leaves')?.heldBy).toEqual([]);
  });
});
