import type { CSSProperties } from 'react';
import { useState } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import { mediaTransformCss } from '../viewport/mediaTransformCss.ts';
import type { StageViewport } from '../viewport/StageViewport.ts';
import type { StageAdjustments } from './StageAdjustments.ts';
import { adjustmentsFilterCss } from './StageAdjustments.ts';

/** From this zoom on, media pixels are drawn as sharp squares rather than smoothed. */
const PIXELATED_FROM_ZOOM = 4;

/** What the media element shows: the item's media at a frame, through the view and adjustments. */
export interface StageMediaProps {
  media: MediaInfo;
  frame: number;
  onVideoElement: (video: HTMLVideoElement | null) => void;
  viewport: StageViewport;
  adjustments: StageAdjustments;
}

/** The caption of image `frame` of an image item, for the alt text and errors. */
function describeImage(media: MediaInfo, frame: number): string {
  const count = media.images?.length ?? 1;
  const name = media.images?.[frame]?.name;
  return `image ${frame + 1} of ${count}${name ? ` (${name})` : ''}`;
}

/**
 * The media element under the annotation canvas: the video, or the image of the frame on screen.
 * Zoom and pan move it as they move the canvas; brightness and contrast filter it alone.
 */
export function StageMedia(props: StageMediaProps) {
  const { media, frame, viewport } = props;
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const style: CSSProperties = {
    transform: mediaTransformCss(viewport, media),
    filter: adjustmentsFilterCss(props.adjustments),
    imageRendering: viewport.zoom >= PIXELATED_FROM_ZOOM ? 'pixelated' : undefined,
  };
  if (media.kind !== 'image') {
    return (
      <video
        data-testid="video"
        className="stage-media"
        style={style}
        ref={props.onVideoElement}
        src={media.url}
        preload="auto"
        playsInline
        crossOrigin="use-credentials"
      />
    );
  }
  const url = media.images?.[frame]?.url ?? media.url;
  return (
    <>
      <img
        data-testid="stage-image"
        data-frame={frame}
        className="stage-media"
        style={style}
        src={url}
        alt={describeImage(media, frame)}
        draggable={false}
        onError={() => setFailedUrl(url)}
      />
      {failedUrl === url && (
        <p className="error canvas-error">{describeImage(media, frame)} could not be loaded</p>
      )}
    </>
  );
}
