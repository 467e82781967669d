import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Masks whose size is not the media's, or painted at frames the media does not have. */
export function masksOutsideMedia({ snapshot, media }: LintContext): LintFinding[] {
  if (!media) return [];
  const findings: LintFinding[] = [];
  for (const mask of snapshot.masks) {
    if (mask.width !== media.width || mask.height !== media.height) {
      findings.push(
        finding({
          rule: 'mask-outside-media',
          severity: 'error',
          message: `mask ${mask.id} is ${mask.width} × ${mask.height}, the media ${media.width} × ${media.height}`,
          recordIds: [mask.id],
          location: mask.frames.length > 0 ? { frame: mask.frames[0] as number } : null,
        }),
      );
    }
    for (const frame of mask.frames.filter((painted) => painted >= media.frameCount)) {
      findings.push(
        finding({
          rule: 'mask-outside-media',
          severity: 'error',
          message: `mask ${mask.id} is painted at frame ${frame}, after the last frame (${media.frameCount - 1})`,
          recordIds: [mask.id],
          location: { frame },
        }),
      );
    }
  }
  return findings;
}
