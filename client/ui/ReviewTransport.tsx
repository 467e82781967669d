import type { MediaInfo } from '../../shared/protocol/http.ts';
import { formatMediaTime } from '../timeline/formatMediaTime.ts';
import { GoToFrameField } from './GoToFrameField.tsx';

/** Play, pause, step and go to a frame; the playhead as frame and time. */
export function ReviewTransport(props: {
  media: MediaInfo;
  frame: number;
  timeMs: number;
  playing: boolean;
  onTogglePlay: () => void;
  onStep: (frames: number) => void;
  onGoToFrame: (frame: number) => void;
}) {
  const hasFrames = props.media.frameCount > 0;
  return (
    <div className="toolbar review-transport" role="toolbar" aria-label="Playback">
      <button type="button" onClick={props.onTogglePlay} data-testid="play">
        {props.playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => props.onStep(-1)} title="Step back">
        ◀
      </button>
      <button type="button" onClick={() => props.onStep(1)} title="Step forward">
        ▶
      </button>
      {hasFrames && (
        <label className="clock">
          frame{' '}
          <GoToFrameField
            frame={props.frame}
            frameCount={props.media.frameCount}
            onGoToFrame={props.onGoToFrame}
          />{' '}
          of {props.media.frameCount}
        </label>
      )}
      <span className="clock" data-testid="review-time">
        {formatMediaTime(props.timeMs, true)} / {formatMediaTime(props.media.durationMs, false)}
      </span>
    </div>
  );
}
