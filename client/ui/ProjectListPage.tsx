import type { ProjectSummary } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { Link } from './Link.tsx';
import { projectPath } from './Route.ts';
import { useApiResource } from './useApiResource.ts';

/** The projects the user belongs to. */
export function ProjectListPage(props: { api: ApiClient; onUnauthorised: () => void }) {
  const projects = useApiResource<ProjectSummary[]>(
    'projects',
    () => props.api.projects(),
    props.onUnauthorised,
  );
  return (
    <main className="listing">
      <h1>Projects</h1>
      {projects.status === 'loading' && <p>Loading projects…</p>}
      {projects.status === 'error' && <p className="error">{projects.error}</p>}
      {projects.status === 'ready' && projects.value.length === 0 && (
        <p>You are not a member of any project yet: ask a project admin to add you.</p>
      )}
      {projects.status === 'ready' && (
        <ul className="cards">
          {projects.value.map((project) => (
            <li key={project.id}>
              <Link to={projectPath(project.id)} testId={`project-${project.id}`}>
                <strong>{project.name}</strong>
                <span className="muted">{project.role}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
