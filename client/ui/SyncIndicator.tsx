import type { ConnectionState } from '../collab/ConnectionState.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import { useStore } from './useStore.ts';

const TITLES = {
  offline: 'Not connected: edits are kept here and sent when the connection returns',
  syncing: 'Sending edits to the server…',
  saved: 'Every edit is saved on the server',
} as const;

function titleOf(state: ConnectionState): string {
  if (state.problem) return state.problem;
  if (state.closedReason) {
    return `The server closed this document (${state.closedReason}); it reopens by itself and your edits are kept here until then`;
  }
  return TITLES[state.status];
}

/** One document's sync state: offline, syncing or saved (saved only once the server acknowledged every edit). */
export function SyncIndicator(props: { document: SessionDocument }) {
  const { document } = props;
  const state = useStore(document);
  return (
    <span className={`sync sync-${state.status}`} title={titleOf(state)}>
      <span className="muted">{document.layer}:</span>{' '}
      <span data-testid={`sync-${document.layer}`}>{state.status}</span>
      {state.closedReason && (
        <span className="muted" data-testid={`reopening-${document.layer}`}>
          {' '}
          (reopening)
        </span>
      )}
    </span>
  );
}
