import type { ReactNode } from 'react';
import type { SessionDocument } from '../session/ItemSession.ts';
import { Link } from './Link.tsx';
import { itemPath, projectPath } from './Route.ts';
import { SyncIndicator } from './SyncIndicator.tsx';

/** The review page's title bar: where you are, the way back to the editor, the status control and sync states. */
export function ReviewHeader(props: {
  projectId: string;
  itemId: string;
  itemName: string;
  documents: readonly SessionDocument[];
  status: ReactNode;
}) {
  return (
    <header className="editor-header review-header">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> /{' '}
        <Link to={projectPath(props.projectId)}>{props.projectId}</Link> /{' '}
        <Link to={itemPath(props.projectId, props.itemId)}>{props.itemName}</Link> /{' '}
        <strong>Review</strong>
      </nav>
      {props.status}
      <div className="sync-group">
        {props.documents.map((document) => (
          <SyncIndicator key={document.layer} document={document} />
        ))}
      </div>
    </header>
  );
}
