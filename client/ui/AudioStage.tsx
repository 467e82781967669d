import type { MediaInfo } from '../../shared/protocol/http.ts';
import { formatDuration } from './formatDuration.ts';
import './AudioStage.css';

/** What the audio stage shows and reports. */
export interface AudioStageProps {
  media: MediaInfo;
  onVideoElement: (element: HTMLVideoElement | null) => void;
}

/**
 * The stage of an audio-only item: nothing to draw on, so it names the media and points to the
 * waveform. A video element plays audio-only media as well as an audio element does and keeps
 * one element type for the playback hooks.
 */
export function AudioStage(props: AudioStageProps) {
  const { media } = props;
  return (
    <div className="audio-stage" data-testid="audio-stage">
      <video
        data-testid="audio"
        ref={props.onVideoElement}
        src={media.url}
        preload="auto"
        crossOrigin="use-credentials"
        hidden
      />
      <p className="audio-stage-title">Audio only</p>
      <p className="audio-stage-facts">
        {formatDuration(media.durationMs)} · {media.mimeType}
      </p>
      <p className="audio-stage-hint">
        Space plays and pauses. The waveform and the tiers are in the timeline below: + and − (or
        Ctrl+wheel) zoom it, Shift+wheel scrolls it.
      </p>
    </div>
  );
}
