import type { ImageFrameInfo } from '../../shared/protocol/http.ts';

/** In place of playback for image items: previous and next image, "image i of n" and the file name. */
export function ImageStepper(props: {
  images: readonly ImageFrameInfo[];
  frame: number;
  onStep: (images: number) => void;
}) {
  const { images, frame } = props;
  const count = images.length;
  const name = images[frame]?.name;
  return (
    <div className="tool-group image-stepper" aria-label="Images">
      {count > 1 && (
        <button
          type="button"
          title="Previous image (←)"
          data-testid="step-back"
          disabled={frame <= 0}
          onClick={() => props.onStep(-1)}
        >
          ◀
        </button>
      )}
      <span className="clock" data-testid="image-indicator">
        {count > 1 ? `image ${frame + 1} of ${count}` : 'single image'}
      </span>
      <span data-testid="frame-index" hidden>
        {frame}
      </span>
      {count > 1 && (
        <button
          type="button"
          title="Next image (→)"
          data-testid="step-forward"
          disabled={frame >= count - 1}
          onClick={() => props.onStep(1)}
        >
          ▶
        </button>
      )}
      {name && (
        <span className="muted image-name" data-testid="image-name" title={name}>
          {name}
        </span>
      )}
    </div>
  );
}
