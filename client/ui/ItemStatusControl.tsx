import { useState } from 'react';
import type { ItemStatus, StatusChange } from '../../shared/agreement/reviewDocument.ts';
import { allowedItemMoves, ITEM_STATUSES } from '../../shared/agreement/reviewDocument.ts';
import type { Result } from '../../shared/schema/result.ts';
import { formatWallClock } from './formatWallClock.ts';

/** The item's review status, who moved it last, and the moves to make (a refused one is explained). */
export function ItemStatusControl(props: {
  status: ItemStatus;
  changes: readonly StatusChange[];
  personOf: (userId: string) => string;
  /** Why the user cannot move the status; null when they can. */
  cannotMove: string | null;
  onMove: (status: ItemStatus) => Result<unknown>;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const allowed = allowedItemMoves(props.status);
  const last = props.changes.at(-1);
  const move = (status: ItemStatus) => {
    const moved = props.onMove(status);
    setRefusal(moved.ok ? null : moved.error);
  };
  return (
    <div className="item-status" data-testid="item-status" data-status={props.status}>
      <span className={`badge status-${props.status}`} title="Review status of the item">
        {props.status}
      </span>
      {last && (
        <span className="muted" data-testid="status-moved-by">
          by {props.personOf(last.by)}, {formatWallClock(last.atMs)}
        </span>
      )}
      {ITEM_STATUSES.filter((status) => status !== props.status).map((status) => (
        <button
          key={status}
          type="button"
          data-testid={`status-${status}`}
          className={allowed.includes(status) ? 'status-move allowed' : 'status-move'}
          disabled={props.cannotMove !== null}
          title={
            props.cannotMove ??
            (allowed.includes(status)
              ? `Move the item to ${status}`
              : `From ${props.status} the item moves to ${allowed.join(' or ')}`)
          }
          onClick={() => move(status)}
        >
          → {status}
        </button>
      ))}
      {refusal && (
        <span className="error" role="alert" data-testid="status-refusal">
          {refusal}
        </span>
      )}
    </div>
  );
}
