import type { ItemDetail } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import type { ReviewSession } from '../review/ReviewSession.ts';
import { Link } from './Link.tsx';
import { itemPath } from './Route.ts';
import { ReviewWorkspace } from './ReviewWorkspace.tsx';
import { useItemDetailSession } from './useItemDetailSession.ts';

/** Loads an item, opens every layer a reviewer compares with its live disagreements, and shows the review page. */
export function ReviewPage(props: {
  api: ApiClient;
  projectId: string;
  itemId: string;
  openReview: (detail: ItemDetail) => Result<ReviewSession>;
  onUnauthorised: () => void;
}) {
  const { api, projectId, itemId } = props;
  const { item, session, error, reloadedBecause } = useItemDetailSession(
    api,
    { projectId, itemId },
    props.openReview,
    props.onUnauthorised,
  );
  const problem =
    item.status === 'error'
      ? item.error
      : item.status === 'ready' && !item.value.media
        ? `Item ${itemId} has no media yet: upload or ingest it first.`
        : error;
  if (problem) {
    return (
      <main className="listing">
        <p className="error" data-testid="review-error">
          {problem}
        </p>
        <Link to={itemPath(projectId, itemId)}>Back to the editor of {itemId}</Link>
      </main>
    );
  }
  if (item.status !== 'ready' || !item.value.media) {
    return <main className="listing">Loading {itemId}…</main>;
  }
  if (!session) return <main className="listing">Connecting to {itemId}…</main>;
  return (
    <>
      {reloadedBecause && (
        <p className="notice" role="status">
          Reloaded the review because {reloadedBecause}.
        </p>
      )}
      <ReviewWorkspace key={session.detail.id} session={session} media={item.value.media} />
    </>
  );
}
