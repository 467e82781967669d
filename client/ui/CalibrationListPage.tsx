import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ItemSummary, ProjectSummary } from '../../shared/protocol/http.ts';
import type { CalibrationSessionsResponse } from '../../shared/protocol/calibration.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { HoneypotPanel } from './HoneypotPanel.tsx';
import { Link } from './Link.tsx';
import { calibrationSessionPath, projectPath } from './Route.ts';
import { useApiResource } from './useApiResource.ts';
import { parseUsernames, UsernamesField } from './UsernamesField.tsx';
import { navigate } from './useRoute.ts';

function StartSessionForm(props: { api: ApiClient; projectId: string; items: ItemSummary[] }) {
  const [name, setName] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [usernames, setUsernames] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toggle = (itemId: string) =>
    setItemIds((chosen) =>
      chosen.includes(itemId) ? chosen.filter((each) => each !== itemId) : [...chosen, itemId],
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trainees = parseUsernames(usernames);
    const started = await props.api.calibration.start(props.projectId, {
      name,
      itemIds,
      usernames: trainees,
    });
    if (!started.ok) setError(started.error);
    else navigate(calibrationSessionPath(props.projectId, started.value.session.id));
  };
  return (
    <form className="calibration-start" onSubmit={(event) => void submit(event)}>
      <h2>Start a session</h2>
      <label>
        Name{' '}
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          data-testid="session-name"
          placeholder="Round 1"
        />
      </label>
      <fieldset>
        <legend>Items with gold to label</legend>
        {props.items.map((item) => (
          <label key={item.id} className="choice">
            <input
              type="checkbox"
              checked={itemIds.includes(item.id)}
              onChange={() => toggle(item.id)}
              data-testid={`session-item-${item.id}`}
            />{' '}
            {item.name}
          </label>
        ))}
      </fieldset>
      <UsernamesField
        label="Trainees (usernames)"
        value={usernames}
        onChange={setUsernames}
        testId="session-trainees"
      />
      <button type="submit" data-testid="session-start">
        Start blind
      </button>
      {error && (
        <p className="error" role="alert" data-testid="session-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** A project's calibration sessions, and (for trainers) the form that starts one. */
export function CalibrationListPage(props: {
  api: ApiClient;
  projectId: string;
  onUnauthorised: () => void;
}) {
  const { api, projectId } = props;
  const projects = useApiResource<ProjectSummary[]>(
    'projects',
    () => api.projects(),
    props.onUnauthorised,
  );
  const role =
    projects.status === 'ready'
      ? projects.value.find((project) => project.id === projectId)?.role
      : undefined;
  const canStart = role === 'trainer' || role === 'admin';
  const sessions = useApiResource<CalibrationSessionsResponse>(
    `calibration:${projectId}`,
    () => api.calibration.list(projectId),
    props.onUnauthorised,
  );
  const items = useApiResource<ItemSummary[]>(
    `items:${projectId}`,
    () => api.items(projectId),
    props.onUnauthorised,
  );
  return (
    <main className="listing">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> / <Link to={projectPath(projectId)}>{projectId}</Link> /
        calibration
      </nav>
      <h1>Calibration sessions</h1>
      {sessions.status === 'error' && <p className="error">{sessions.error}</p>}
      {sessions.status === 'ready' && sessions.value.sessions.length === 0 && (
        <p>No sessions yet.</p>
      )}
      {sessions.status === 'ready' && (
        <ul className="cards">
          {sessions.value.sessions.map((session) => (
            <li key={session.id}>
              <Link
                to={calibrationSessionPath(projectId, session.id)}
                testId={`session-${session.id}`}
              >
                <strong>{session.name}</strong>
                <span className="muted">
                  {session.state} · {session.trainees.length} trainees · {session.itemIds.length}{' '}
                  items
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canStart && items.status === 'ready' && (
        <>
          <StartSessionForm api={api} projectId={projectId} items={items.value} />
          <HoneypotPanel
            api={api}
            projectId={projectId}
            items={items.value}
            onUnauthorised={props.onUnauthorised}
          />
        </>
      )}
    </main>
  );
}
