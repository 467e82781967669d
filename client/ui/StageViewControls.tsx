import type { StageAdjustments } from './StageAdjustments.ts';
import { NO_ADJUSTMENTS } from './StageAdjustments.ts';
import type { StageView } from './useStageView.ts';

/** How much one press of the zoom buttons or keys zooms. */
export const ZOOM_STEP = 1.25;

function AdjustmentSlider(props: {
  name: string;
  testId: string;
  valuePercent: number;
  onChange: (valuePercent: number) => void;
}) {
  return (
    <label className="adjustment" title={`${props.name}: ${props.valuePercent}%`}>
      {props.name}
      <input
        type="range"
        min={20}
        max={300}
        step={5}
        value={props.valuePercent}
        aria-label={props.name}
        data-testid={props.testId}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
    </label>
  );
}

/** Zoom (out, level, in, fit) and the brightness and contrast of the media, with a reset; per user. */
export function StageViewControls(props: { stageView: StageView }) {
  const { viewport, zoomBy, fit, adjustments, setAdjustments } = props.stageView;
  const adjust = (change: Partial<StageAdjustments>) =>
    setAdjustments({ ...adjustments, ...change });
  const unadjusted =
    adjustments.brightnessPercent === NO_ADJUSTMENTS.brightnessPercent &&
    adjustments.contrastPercent === NO_ADJUSTMENTS.contrastPercent;
  return (
    <div className="tool-group stage-view-controls" aria-label="View">
      <button
        type="button"
        title="Zoom out (−, or the wheel)"
        data-testid="zoom-out"
        onClick={() => zoomBy(1 / ZOOM_STEP)}
      >
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level">
        {Math.round(viewport.zoom * 100)}%
      </span>
      <button
        type="button"
        title="Zoom in (+, or the wheel)"
        data-testid="zoom-in"
        onClick={() => zoomBy(ZOOM_STEP)}
      >
        +
      </button>
      <button
        type="button"
        title="Fit the whole media on the stage (F)"
        data-testid="zoom-fit"
        onClick={fit}
      >
        Fit
      </button>
      <AdjustmentSlider
        name="Brightness"
        testId="brightness"
        valuePercent={adjustments.brightnessPercent}
        onChange={(brightnessPercent) => adjust({ brightnessPercent })}
      />
      <AdjustmentSlider
        name="Contrast"
        testId="contrast"
        valuePercent={adjustments.contrastPercent}
        onChange={(contrastPercent) => adjust({ contrastPercent })}
      />
      <button
        type="button"
        title="Show the media as it is"
        data-testid="reset-adjustments"
        disabled={unadjusted}
        onClick={() => setAdjustments(NO_ADJUSTMENTS)}
      >
        Reset
      </button>
    </div>
  );
}
