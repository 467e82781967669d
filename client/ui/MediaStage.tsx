import { hasFrames } from '../timeline/timelineStepRate.ts';
import { AudioStage } from './AudioStage.tsx';
import type { VideoStageProps } from './VideoStage.tsx';
import { VideoStage } from './VideoStage.tsx';

/** The video with its annotation canvas, or for audio-only media (no frames) the audio stage. */
export function MediaStage(props: VideoStageProps) {
  if (!hasFrames(props.media.frameRate)) {
    return <AudioStage media={props.media} onVideoElement={props.onVideoElement} />;
  }
  return <VideoStage {...props} />;
}
