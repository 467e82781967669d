import type { SessionDocument } from '../session/ItemSession.ts';
import { useStore } from './useStore.ts';

const TITLES = {
  offline: 'Not connected: edits are kept here and sent when the connection returns',
  syncing: 'Sending edits to the server…',
  saved: 'Every edit is saved on the server',
} as const;

/** One document's sync state: offline, syncing or saved (saved only once the server acknowledged every edit). */
export function SyncIndicator(props: { document: SessionDocument }) {
  const { document } = props;
  const state = useStore(document);
  return (
    <span className={`sync sync-${state.status}`} title={state.problem ?? TITLES[state.status]}>
      <span className="muted">{document.layer}:</span>{' '}
      <span data-testid={`sync-${document.layer}`}>{state.status}</span>
    </span>
  );
}
