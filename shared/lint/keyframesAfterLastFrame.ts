import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Keyframes of tracks and shapes at or after the media's frame count: they can never be shown. */
export function keyframesAfterLastFrame({ snapshot, media }: LintContext): LintFinding[] {
  if (!media) return [];
  const lastFrame = media.frameCount - 1;
  const objects = [
    ...snapshot.tracks.map((track) => ({ noun: 'track', ...track })),
    ...snapshot.shapes.map((shape) => ({ noun: shape.geometry, ...shape })),
  ];
  return objects.flatMap((object) =>
    object.keyframes
      .filter((keyframe) => keyframe.frame > lastFrame)
      .map((keyframe) =>
        finding({
          rule: 'keyframe-after-last-frame',
          severity: 'error',
          message: `${object.noun} ${object.id} has a keyframe at frame ${keyframe.frame}, after the last frame (${lastFrame})`,
          recordIds: [object.id],
          location: { frame: keyframe.frame },
        }),
      ),
  );
}
