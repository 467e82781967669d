import type { CSSProperties } from 'react';

/**
 * The stage's box: the media's aspect ratio, as large as the pane allows in both directions, so
 * the media is never stretched.
 */
export function fitMediaStyle(media: { width: number; height: number }): CSSProperties {
  return {
    aspectRatio: `${media.width} / ${media.height}`,
    width: `min(100cqw, 100cqh * ${media.width} / ${media.height})`,
  };
}
