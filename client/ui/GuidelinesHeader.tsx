import type { GuidelinesSession } from '../guidelines/GuidelinesSession.ts';
import { Link } from './Link.tsx';
import { PresenceAvatars } from './PresenceAvatars.tsx';
import { projectPath } from './Route.ts';
import { SyncIndicator } from './SyncIndicator.tsx';
import { useStore } from './useStore.ts';

/** The guidelines' title bar: where you are, whether you may edit, sync state and who else is editing. */
export function GuidelinesHeader(props: { session: GuidelinesSession; readOnly: boolean }) {
  const { session } = props;
  const peers = useStore({
    getSnapshot: session.presence.getPeers,
    subscribe: session.presence.subscribe,
  });
  return (
    <header className="editor-header">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> /{' '}
        <Link to={projectPath(session.projectId)}>{session.projectId}</Link> /{' '}
        <strong>Guidelines</strong>
      </nav>
      {props.readOnly && (
        <span
          className="badge read-only"
          data-testid="read-only"
          title="You can read the guidelines, but not change them"
        >
          read-only
        </span>
      )}
      <div className="sync-group">
        <SyncIndicator document={session.document} />
      </div>
      <PresenceAvatars self={session.presenceUser} peers={peers} />
    </header>
  );
}
