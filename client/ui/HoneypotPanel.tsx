import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatScore } from '../../shared/calibration/report/formatScore.ts';
import type { HoneypotScoresResponse } from '../../shared/protocol/honeypots.ts';
import type { ItemSummary } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { formatWallClock } from './formatWallClock.ts';
import { useApiResource } from './useApiResource.ts';
import { parseUsernames, UsernamesField } from './UsernamesField.tsx';

function HoneypotForm(props: {
  api: ApiClient;
  projectId: string;
  items: readonly ItemSummary[];
  onMade: (message: string) => void;
}) {
  const [sourceItemId, setSourceItemId] = useState(props.items[0]?.id ?? '');
  const [usernames, setUsernames] = useState('');
  const [percent, setPercent] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = await props.api.calibration.createHoneypots(props.projectId, {
      sourceItemId,
      usernames: parseUsernames(usernames),
      rate: Number(percent) / 100,
    });
    setError(made.ok ? null : made.error);
    if (!made.ok) return;
    const count = made.value.honeypots.length;
    props.onMade(`Mixed ${count} honeypot${count === 1 ? '' : 's'} into the queues.`);
  };
  return (
    <form className="calibration-start" onSubmit={(event) => void submit(event)}>
      <label>
        Gold item to copy{' '}
        <select
          value={sourceItemId}
          onChange={(event) => setSourceItemId(event.target.value)}
          data-testid="honeypot-source"
        >
          {props.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <UsernamesField
        label="Annotators (usernames)"
        value={usernames}
        onChange={setUsernames}
        testId="honeypot-annotators"
      />
      <label>
        Share of each queue (%){' '}
        <input
          type="number"
          min="1"
          max="50"
          value={percent}
          onChange={(event) => setPercent(event.target.value)}
          data-testid="honeypot-rate"
        />
      </label>
      <button type="submit" data-testid="honeypot-make">
        Mix into queues
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function HoneypotScores(props: { scores: HoneypotScoresResponse }) {
  if (props.scores.annotators.length === 0) return <p className="muted">No honeypots yet.</p>;
  return (
    <table className="calibration-scores" data-testid="honeypot-scores">
      <thead>
        <tr>
          <th>Annotator</th>
          <th>Copy of</th>
          <th>Last edit</th>
          <th>Precision</th>
          <th>Recall</th>
          <th>F1</th>
          <th>Segment F1</th>
        </tr>
      </thead>
      <tbody>
        {props.scores.annotators.flatMap(({ username, displayName, points }) =>
          points.map((point) => (
            <tr key={`${username}/${point.itemId}`} data-username={username}>
              <td>{displayName}</td>
              <td>{point.sourceItemId}</td>
              <td>
                {point.lastEditAtMs === null ? 'not started' : formatWallClock(point.lastEditAtMs)}
              </td>
              <td className="numeric">{formatScore(point.gold?.spatial.precision ?? null)}</td>
              <td className="numeric">{formatScore(point.gold?.spatial.recall ?? null)}</td>
              <td className="numeric">{formatScore(point.gold?.spatial.f1 ?? null)}</td>
              <td className="numeric">{formatScore(point.gold?.segments.f1 ?? null)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

/**
 * Honeypots for trainers: copies of a gold item mixed blind into annotators' normal queues at a
 * chosen share, and each annotator's score against that gold by the time of their last edit.
 */
export function HoneypotPanel(props: {
  api: ApiClient;
  projectId: string;
  items: readonly ItemSummary[];
  onUnauthorised: () => void;
}) {
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const scores = useApiResource<HoneypotScoresResponse>(
    `honeypots:${props.projectId}:${version}`,
    () => props.api.calibration.honeypotScores(props.projectId),
    props.onUnauthorised,
  );
  return (
    <section className="calibration-panel" data-testid="honeypots">
      <h2>Honeypots</h2>
      <p className="muted">
        Copies of a gold item (new ids; the gold stays on the server) labelled blind among each
        annotator’s normal work.
      </p>
      <HoneypotForm
        api={props.api}
        projectId={props.projectId}
        items={props.items}
        onMade={(message) => {
          setNotice(message);
          setVersion((previous) => previous + 1);
        }}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <button type="button" onClick={() => setVersion((previous) => previous + 1)}>
        Refresh scores
      </button>
      {scores.status === 'error' && <p className="error">{scores.error}</p>}
      {scores.status === 'ready' && <HoneypotScores scores={scores.value} />}
    </section>
  );
}
