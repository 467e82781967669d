import type { LinkView } from '../../shared/doc/readLayer.ts';
import type { RelationType } from '../../shared/schema/relationType.ts';
import type { CanvasLink, CanvasShape } from '../canvas/CanvasScene.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import type { Point } from '../tools/Point.ts';

const UNTYPED_COLOUR = '#ffffff';

function centreOfPoints(points: readonly number[]): Point {
  let x = 0;
  let y = 0;
  for (let index = 0; index < points.length; index += 2) {
    x += points[index] as number;
    y += points[index + 1] as number;
  }
  const count = Math.max(1, points.length / 2);
  return { x: x / count, y: y / count };
}

/**
 * The links the canvas draws at a frame: between two objects both on screen there (box centres,
 * shape centroids), and only inside an end's time range when it has one.
 */
export function linksAtFrame(input: {
  links: readonly LinkView[];
  boxes: readonly FrameBox[];
  shapes: readonly CanvasShape[];
  timeMs: number;
  relationTypes: readonly RelationType[];
  selection: readonly string[];
}): CanvasLink[] {
  const anchors = new Map<string, Point>();
  for (const { trackId, box, outside } of input.boxes) {
    if (!outside) anchors.set(trackId, { x: box.x + box.w / 2, y: box.y + box.h / 2 });
  }
  for (const shape of input.shapes) anchors.set(shape.shapeId, centreOfPoints(shape.points));
  const colours = new Map(input.relationTypes.map((relation) => [relation.id, relation]));
  return input.links.flatMap((link) => {
    const ends = [link.from, link.to].map((end) => {
      if (end.kind !== 'object') return null;
      const outsideRange =
        (end.startMs !== null && input.timeMs < end.startMs) ||
        (end.endMs !== null && input.timeMs > end.endMs);
      return outsideRange ? null : (anchors.get(end.objectId) ?? null);
    });
    const [from, to] = ends;
    if (!from || !to) return [];
    const relation = link.relationTypeId ? colours.get(link.relationTypeId) : undefined;
    return [
      {
        linkId: link.id,
        from,
        to,
        colour: relation?.colour ?? UNTYPED_COLOUR,
        caption: relation?.name ?? '',
        selected: input.selection.includes(link.id),
      },
    ];
  });
}
