import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Keyframes at or after the media's frame count: they can never be shown. */
export function keyframesAfterLastFrame({ snapshot, media }: LintContext): LintFinding[] {
  if (!media) return [];
  const lastFrame = media.frameCount - 1;
  return snapshot.tracks.flatMap((track) =>
    track.keyframes
      .filter((keyframe) => keyframe.frame > lastFrame)
      .map((keyframe) =>
        finding({
          rule: 'keyframe-after-last-frame',
          severity: 'error',
          message: `track ${track.id} has a keyframe at frame ${keyframe.frame}, after the last frame (${lastFrame})`,
          recordIds: [track.id],
          location: { frame: keyframe.frame },
        }),
      ),
  );
}
