import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';
import { useImagePlayback } from './useImagePlayback.ts';
import type { VideoPlayback } from './useVideoPlayback.ts';
import { useVideoPlayback } from './useVideoPlayback.ts';

/** The clock and transport of whatever the stage shows: the media element of video and audio, or an image item's images. */
export function useStagePlayback(
  mediaElement: HTMLVideoElement | null,
  media: MediaInfo,
): { playback: VideoPlayback | null; clockState: VideoClockState } {
  const fromElement = useVideoPlayback(mediaElement, media);
  const fromImages = useImagePlayback(media);
  return media.kind === 'image' ? fromImages : fromElement;
}
