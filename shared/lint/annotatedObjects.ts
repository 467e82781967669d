import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { AttributeValues } from '../doc/readAttributes.ts';
import type { LintFinding } from './LintFinding.ts';

/** A labelled record as the attribute rules see it: its values and where it starts. */
export interface AnnotatedObject {
  id: string;
  labelId: string | null;
  attributes: AttributeValues;
  /** The first frame it is drawn at; 0 for segments. */
  firstFrame: number;
  location: LintFinding['location'];
}

/** Every record of a layer with its attributes and starting location. */
export function annotatedObjects(snapshot: LayerSnapshot): AnnotatedObject[] {
  const spatial = (id: string, labelId: string | null, attributes: AttributeValues, frame = 0) => ({
    id,
    labelId,
    attributes,
    firstFrame: frame,
    location: { frame },
  });
  return [
    ...snapshot.tracks.map((track) =>
      spatial(track.id, track.labelId, track.attributes, track.keyframes[0]?.frame),
    ),
    ...snapshot.shapes.map((shape) =>
      spatial(shape.id, shape.labelId, shape.attributes, shape.keyframes[0]?.frame),
    ),
    ...snapshot.masks.map((mask) =>
      spatial(mask.id, mask.labelId, mask.attributes, mask.frames[0]),
    ),
    ...snapshot.segments.map((segment) => ({
      id: segment.id,
      labelId: segment.labelId,
      attributes: segment.attributes,
      firstFrame: 0,
      location: { startMs: segment.startMs, endMs: segment.endMs },
    })),
  ];
}
