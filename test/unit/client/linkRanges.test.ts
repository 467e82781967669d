import { describe, expect, it } from 'vitest';
import type { LinkView } from '../../../shared/doc/readLayer.ts';
import { linkRangesByObject, linkRangesOf } from '../../../client/timeline/linkRangesByObject.ts';
import { linksAtFrame } from '../../../client/ui/linksAtFrame.ts';

const link = (id: string, relationTypeId: string | null, startMs: number | null): LinkView => ({
  id,
  relationTypeId,
  from: {
    kind: 'text',
    segmentId: 'u1',
    quote: 'the red car',
    span: { from: 4, to: 15, text: 'the red car' },
  },
  to: { kind: 'object', objectId: 't7', startMs, endMs: startMs === null ? null : startMs + 900 },
  createdBy: 'ann',
  updatedBy: 'ann',
});
const relationTypes = [{ id: 'mentions', name: 'mentions', colour: '#f032e6' }];

describe('links shown in time', () => {
  it('mark the part of a track a link holds for on its timeline row', () => {
    const ranges = linkRangesByObject(
      [link('l1', 'mentions', 1_000), link('l2', null, null)],
      relationTypes,
    );
    expect(linkRangesOf(ranges, 't7')).toEqual([
      {
        linkId: 'l1',
        startMs: 1_000,
        endMs: 1_900,
        colour: '#f032e6',
        caption: 'mentions “the red car”',
      },
    ]);
    expect(linkRangesOf(ranges, 'other')).toEqual([]);
  });

  it('are drawn on the canvas only while both ends are on screen and inside their range', () => {
    const objectLink: LinkView = {
      ...link('l3', 'mentions', 1_000),
      from: { kind: 'object', objectId: 's1', startMs: null, endMs: null },
    };
    const input = {
      links: [objectLink],
      boxes: [
        {
          trackId: 't7',
          labelId: null,
          box: { x: 0, y: 0, w: 10, h: 10 },
          outside: false,
          isKeyframe: true,
        },
      ],
      shapes: [
        {
          shapeId: 's1',
          geometry: 'points' as const,
          points: [20, 20, 40, 40],
          visible: null,
          edges: [],
          isKeyframe: true,
          selected: false,
          colour: '#000000',
          caption: '',
        },
      ],
      relationTypes,
      selection: [],
    };
    expect(linksAtFrame({ ...input, timeMs: 500 })).toEqual([]);
    expect(linksAtFrame({ ...input, timeMs: 1_500 })).toEqual([
      {
        linkId: 'l3',
        from: { x: 30, y: 30 },
        to: { x: 5, y: 5 },
        colour: '#f032e6',
        caption: 'mentions',
        selected: false,
      },
    ]);
  });
});
