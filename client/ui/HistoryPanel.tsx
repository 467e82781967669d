import { formatWallClock } from './formatWallClock.ts';
import './HistoryPanel.css';
import { HistoryChangeList } from './HistoryChangeList.tsx';
import type { HistoryMoment } from './historyMoments.ts';
import type { HistoryView } from './useHistoryView.ts';

/** What the history panel shows and offers. */
export interface HistoryPanelProps {
  view: HistoryView;
  /** The user may write the layer, so may restore it. */
  canRestore: boolean;
  /** The one selected object, which "Restore this object" puts back; null otherwise. */
  selectedObjectId: string | null;
  captionOf: (objectId: string) => string;
  onSelect: (objectId: string) => void;
}

function confirmLayerRestore(atMs: number): boolean {
  return window.confirm(
    `Restore the whole layer to how it was at ${formatWallClock(atMs)}? Later edits are undone by a new edit; the history keeps them.`,
  );
}

function HistorySlider(props: { view: HistoryView; moments: readonly HistoryMoment[] }) {
  const { view, moments } = props;
  const moment = moments[view.index];
  const newest = moments.length - 1;
  return (
    <label className="history-slider">
      <span>
        {moment ? (
          <>
            As it was at <strong data-testid="history-time">{formatWallClock(moment.atMs)}</strong>,
            after an edit by {moment.authors.join(', ')}
            {view.index === newest && ' (the newest edit)'}
          </>
        ) : (
          'This layer has no history yet.'
        )}
        {view.at.loading && <span className="muted"> · loading…</span>}
      </span>
      <input
        type="range"
        min={0}
        max={Math.max(0, newest)}
        value={Math.max(0, view.index)}
        disabled={newest < 0}
        onChange={(event) => view.setIndex(Number(event.target.value))}
        aria-label="Time in the layer's history"
        data-testid="history-slider"
      />
    </label>
  );
}

function HistoryActions(props: HistoryPanelProps) {
  const { view, selectedObjectId } = props;
  const { atMs } = view;
  const enabled = props.canRestore && atMs !== null && !view.restoring;
  return (
    <div className="history-actions">
      <button
        type="button"
        disabled={!enabled || selectedObjectId === null}
        title={props.canRestore ? 'Select one object to restore it' : 'You may not edit this layer'}
        onClick={() => void view.restore(selectedObjectId)}
        data-testid="restore-object"
      >
        Restore this object
      </button>
      <button
        type="button"
        disabled={!enabled}
        onClick={() => atMs !== null && confirmLayerRestore(atMs) && void view.restore(null)}
        data-testid="restore-layer"
      >
        Restore layer to this time
      </button>
      <button type="button" onClick={view.close} title="Back to the live layer (H)">
        Close history
      </button>
    </div>
  );
}

/** A slider over the layer's edits; the editor shows the layer as it was at the chosen one, read-only. */
export function HistoryPanel(props: HistoryPanelProps) {
  const { timeline, at } = props.view;
  return (
    <section className="history-panel" aria-label="History" data-testid="history-panel">
      <div className="history-controls">
        {timeline.status === 'ready' && (
          <HistorySlider view={props.view} moments={timeline.moments} />
        )}
        {timeline.status === 'loading' && (
          <p className="muted">Loading the history of this layer…</p>
        )}
        {timeline.status === 'error' && <p className="error">{timeline.error}</p>}
        <HistoryActions {...props} />
        {timeline.status === 'ready' && !timeline.complete && (
          <p className="muted">The log is long: the slider covers its oldest part only.</p>
        )}
        {at.error && <p className="error">{at.error}</p>}
      </div>
      <div className="history-list">
        <h2>Changed since then</h2>
        {at.changes && (
          <HistoryChangeList
            changes={at.changes.changes}
            truncated={at.changes.truncated}
            captionOf={props.captionOf}
            onSelect={props.onSelect}
          />
        )}
      </div>
    </section>
  );
}
