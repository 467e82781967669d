import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { SegmentInspector } from './SegmentInspector.tsx';
import { formatDuration } from '../ui/formatDuration.ts';
import { REACTION_MS_RANGE } from './reactionTime.ts';
import type { TimelineKeyAction } from './timelineKeyAction.ts';
import type { useSegmentation } from './useSegmentation.ts';

/** Props of the bar above the timeline. */
export interface TimelineToolbarProps {
  selectedSegments: readonly SegmentView[];
  selectedUtterances: readonly SegmentView[];
  labels: readonly Label[];
  canWrite: boolean;
  run(action: TimelineKeyAction): void;
  onFit(): void;
  segmentation: Pick<ReturnType<typeof useSegmentation>, 'openMs' | 'reactionMs' | 'setReactionMs'>;
}

const ZOOM_STEP = 2;

/** The selected segments' label, play and delete; zoom; and whether the layer is read-only. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { run } = props;
  return (
    <div className="timeline-toolbar">
      <SegmentInspector
        segments={[...props.selectedSegments, ...props.selectedUtterances]}
        labels={props.labels}
        canWrite={props.canWrite}
        canDelete={props.selectedUtterances.length === 0}
        onLabel={(labelId) => run({ kind: 'label', labelId })}
        onPlay={() => run({ kind: 'play-selection' })}
        onDelete={() => run({ kind: 'delete' })}
      />
      <label
        className="timeline-reaction"
        title="Segmenting: while the media plays, Enter marks a boundary this much before the playhead (your reaction time); Escape stops"
      >
        <span className="muted">reaction</span>
        <input
          type="number"
          data-testid="reaction-ms"
          min={REACTION_MS_RANGE.min}
          max={REACTION_MS_RANGE.max}
          step={10}
          value={props.segmentation.reactionMs}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value));
            if (value >= REACTION_MS_RANGE.min && value <= REACTION_MS_RANGE.max) {
              props.segmentation.setReactionMs(value);
            }
          }}
        />
        <span className="muted">ms</span>
      </label>
      {props.segmentation.openMs !== null && (
        <span className="timeline-segmenting" data-testid="segmenting">
          segmenting from {formatDuration(props.segmentation.openMs)}: Enter cuts, Esc stops
        </span>
      )}
      <div className="timeline-zoom">
        <button
          type="button"
          title="Zoom out (-)"
          onClick={() => run({ kind: 'zoom', factor: 1 / ZOOM_STEP })}
        >
          −
        </button>
        <button type="button" title="Show the whole media" onClick={props.onFit}>
          Fit
        </button>
        <button
          type="button"
          title="Zoom in (+); Ctrl+wheel zooms at the pointer"
          onClick={() => run({ kind: 'zoom', factor: ZOOM_STEP })}
        >
          +
        </button>
      </div>
      {!props.canWrite && <span className="timeline-readonly">read-only</span>}
    </div>
  );
}
