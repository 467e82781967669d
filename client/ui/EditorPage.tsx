import type { ItemDetail } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import { EditorWorkspace } from './EditorWorkspace.tsx';
import { Link } from './Link.tsx';
import { projectPath } from './Route.ts';
import { useItemDetailSession } from './useItemDetailSession.ts';

/** Loads an item, opens its live documents and shows the editor. */
export function EditorPage(props: {
  api: ApiClient;
  projectId: string;
  itemId: string;
  openSession: (detail: ItemDetail) => Result<ItemSession>;
  onUnauthorised: () => void;
}) {
  const { api, projectId, itemId } = props;
  const { item, session, error, reloadedBecause } = useItemDetailSession(
    api,
    { projectId, itemId },
    props.openSession,
    props.onUnauthorised,
  );
  const back = <Link to={projectPath(projectId)}>Back to the items of {projectId}</Link>;
  if (item.status === 'loading') return <main className="listing">Loading {itemId}…</main>;
  if (item.status === 'error') {
    return (
      <main className="listing">
        <p className="error">{item.error}</p>
        {back}
      </main>
    );
  }
  if (!item.value.media) {
    return (
      <main className="listing">
        <p className="error">Item {itemId} has no media yet: upload or ingest it first.</p>
        {back}
      </main>
    );
  }
  if (error) {
    return (
      <main className="listing">
        <p className="error">{error}</p>
        {back}
      </main>
    );
  }
  if (!session) return <main className="listing">Connecting to {itemId}…</main>;
  return (
    <>
      {reloadedBecause && (
        <p className="notice" role="status">
          Reloaded the item because {reloadedBecause}.
        </p>
      )}
      <EditorWorkspace
        key={session.detail.id}
        session={session}
        media={item.value.media}
        history={api.history}
        peaks={api.peaks}
      />
    </>
  );
}
