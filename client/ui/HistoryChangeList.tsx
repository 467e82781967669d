import type { ObjectChange } from '../../shared/protocol/history.ts';
import { formatWallClock } from './formatWallClock.ts';

const VERBS: Record<ObjectChange['kind'], string> = {
  created: 'created',
  changed: 'changed',
  deleted: 'deleted',
};

/** Who changed which object since the time shown, oldest first; a click selects the object. */
export function HistoryChangeList(props: {
  changes: readonly ObjectChange[];
  truncated: boolean;
  captionOf: (objectId: string) => string;
  onSelect: (objectId: string) => void;
}) {
  if (props.changes.length === 0) {
    return <p className="muted history-empty">Nobody has changed this layer since.</p>;
  }
  return (
    <>
      <ol className="history-changes" data-testid="history-changes">
        {props.changes.map((change) => (
          <li key={`${change.seq}:${change.objectId}`}>
            <button type="button" onClick={() => props.onSelect(change.objectId)}>
              <span className="muted">{formatWallClock(change.atMs)}</span>{' '}
              <strong>{change.user?.name ?? 'Concord'}</strong> {VERBS[change.kind]}{' '}
              {props.captionOf(change.objectId)}
              {change.fields.length > 0 && (
                <span className="muted"> ({change.fields.join(', ')})</span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {props.truncated && (
        <p className="muted">
          Only the first {props.changes.length} changes are listed: move the slider later to see the
          rest.
        </p>
      )}
    </>
  );
}
