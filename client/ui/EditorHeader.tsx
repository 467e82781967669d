import type { PresenceUser } from '../../shared/protocol/presence.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import { Link } from './Link.tsx';
import { PresenceAvatars } from './PresenceAvatars.tsx';
import { projectPath } from './Route.ts';
import { SyncIndicator } from './SyncIndicator.tsx';

/** The editor's title bar: where you are, whether you may edit, sync state and who else is here. */
export function EditorHeader(props: {
  projectId: string;
  itemName: string;
  canWrite: boolean;
  /** The user works blind on this item: nobody else's work is shown until it is revealed. */
  blind: boolean;
  documents: readonly SessionDocument[];
  self: PresenceUser;
  peers: readonly PeerPresence[];
  /** The item's review page, for users who may see its disagreements; null hides the link. */
  reviewPath?: string | null;
}) {
  return (
    <header className="editor-header">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> /{' '}
        <Link to={projectPath(props.projectId)}>{props.projectId}</Link> /{' '}
        <strong>{props.itemName}</strong>
      </nav>
      {props.blind && (
        <span
          className="badge blind"
          data-testid="blind"
          title="You are working blind: nobody else's annotations are shown until a trainer reveals them"
        >
          blind
        </span>
      )}
      {!props.canWrite && (
        <span
          className="badge read-only"
          data-testid="read-only"
          title="You can look, but not change this layer"
        >
          read-only
        </span>
      )}
      {props.reviewPath && (
        <Link to={props.reviewPath} testId="review-link">
          Review
        </Link>
      )}
      <div className="sync-group">
        {props.documents.map((document) => (
          <SyncIndicator key={document.layer} document={document} />
        ))}
      </div>
      <PresenceAvatars self={props.self} peers={props.peers} />
    </header>
  );
}
