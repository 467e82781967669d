import type { ProjectSummary } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { Link } from './Link.tsx';
import { schemaPath } from './Route.ts';
import { useApiResource } from './useApiResource.ts';

/** The roles that edit a project's label schema. */
const SCHEMA_EDITORS: readonly string[] = ['trainer', 'admin'];

/** A link to the project's label schema editor, shown to the trainers and admins who edit it. */
export function SchemaLink(props: {
  api: ApiClient;
  projectId: string;
  onUnauthorised: () => void;
}) {
  const projects = useApiResource<ProjectSummary[]>(
    'projects',
    () => props.api.projects(),
    props.onUnauthorised,
  );
  if (projects.status !== 'ready') return null;
  const role = projects.value.find((project) => project.id === props.projectId)?.role;
  if (!role || !SCHEMA_EDITORS.includes(role)) return null;
  return (
    <p>
      <Link to={schemaPath(props.projectId)} testId="schema-link">
        Edit the label schema
      </Link>
    </p>
  );
}
