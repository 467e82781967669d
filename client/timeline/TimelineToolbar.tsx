import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { SegmentInspector } from './SegmentInspector.tsx';
import type { TimelineKeyAction } from './timelineKeyAction.ts';

/** Props of the bar above the timeline. */
export interface TimelineToolbarProps {
  selectedSegments: readonly SegmentView[];
  selectedUtterances: readonly SegmentView[];
  labels: readonly Label[];
  canWrite: boolean;
  run(action: TimelineKeyAction): void;
  onFit(): void;
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
