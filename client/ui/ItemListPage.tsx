import type { ItemSummary } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { describeItemMedia } from './describeItemMedia.ts';
import { Link } from './Link.tsx';
import { calibrationPath, guidelinesPath, itemPath } from './Route.ts';
import { SchemaLink } from './SchemaLink.tsx';
import { useApiResource } from './useApiResource.ts';

/** The media items of one project. */
export function ItemListPage(props: {
  api: ApiClient;
  projectId: string;
  onUnauthorised: () => void;
}) {
  const { api, projectId } = props;
  const items = useApiResource<ItemSummary[]>(
    `items:${projectId}`,
    () => api.items(projectId),
    props.onUnauthorised,
  );
  return (
    <main className="listing">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> / {projectId}
      </nav>
      <p>
        <Link to={guidelinesPath(projectId)} testId="guidelines-link">
          Annotation guidelines
        </Link>
      </p>
      <SchemaLink api={api} projectId={projectId} onUnauthorised={props.onUnauthorised} />
      <p>
        <Link to={calibrationPath(projectId)} testId="calibration-link">
          Calibration sessions
        </Link>
      </p>
      <h1>Items</h1>
      {items.status === 'loading' && <p>Loading items…</p>}
      {items.status === 'error' && <p className="error">{items.error}</p>}
      {items.status === 'ready' && items.value.length === 0 && (
        <p>This project has no items yet.</p>
      )}
      {items.status === 'ready' && (
        <ul className="cards">
          {items.value.map((item) => (
            <li key={item.id}>
              <Link to={itemPath(projectId, item.id)} testId={`item-${item.id}`}>
                <strong>{item.name}</strong>
                {item.media && <span className="muted">{describeItemMedia(item.media)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
