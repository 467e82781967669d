import { useEffect, useState } from 'react';
import type {
  CalibrationSessionResponse,
  CalibrationSessionSummary,
} from '../../shared/protocol/calibration.ts';
import type { UserSummary } from '../../shared/protocol/http.ts';
import type { DisagreementExample } from '../../shared/schema/disagreementExample.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import type { ReportFormat } from '../api/createCalibrationApi.ts';
import type { CalibrationWatch } from '../calibration/openCalibrationWatch.ts';
import { CalibrationDashboard } from './CalibrationDashboard.tsx';
import { InviteLinksPanel } from './InviteLinksPanel.tsx';
import { Link } from './Link.tsx';
import { calibrationPath, itemPath, reviewPath } from './Route.ts';
import { useApiResource } from './useApiResource.ts';
import type { TraineeDisagreement } from './WorstDisagreements.tsx';
import './CalibrationPage.css';

const STATE_NOTES: Record<CalibrationSessionSummary['state'], string> = {
  blind: 'Blind: each trainee sees only their own work.',
  revealed: 'Revealed: trainees now see gold and each other’s layers, with their disagreements.',
  closed: 'Closed: the report is frozen.',
};

/** What a trainee sees of a session: their items, and once revealed, the comparison with gold. */
function TraineeView(props: { session: CalibrationSessionSummary }) {
  const { session } = props;
  return (
    <ul className="cards" data-testid="trainee-items">
      {session.layers.map((layer) => (
        <li key={layer.layer}>
          <Link to={itemPath(session.projectId, layer.itemId)} testId={`label-${layer.itemId}`}>
            <strong>Label {layer.itemId}</strong>
            <span className="muted">in your own layer, blind until the trainer reveals</span>
          </Link>
          {session.state !== 'blind' && (
            <Link
              to={reviewPath(session.projectId, layer.itemId)}
              testId={`compare-${layer.itemId}`}
            >
              Compare with gold and the others
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Downloads a closed session's report file (the request carries the token; a link cannot). */
async function download(api: ApiClient, session: CalibrationSessionSummary, format: ReportFormat) {
  const file = await api.calibration.report(session.projectId, session.id, format);
  if (!file.ok) return file.error;
  const url = URL.createObjectURL(file.value);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `calibration-${session.id}.${format}`;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

/** A calibration session: the trainer's live dashboard with reveal and close, or a trainee's items. */
export function CalibrationSessionPage(props: {
  api: ApiClient;
  projectId: string;
  sessionId: string;
  user: UserSummary;
  openWatch: (session: CalibrationSessionSummary) => CalibrationWatch;
  /** Adds a disagreement case to the project's guidelines. */
  addExample: (example: DisagreementExample) => Promise<Result<{ href: string }>>;
  onUnauthorised: () => void;
}) {
  const { api, projectId, sessionId } = props;
  const loaded = useApiResource<CalibrationSessionResponse>(
    `calibration:${projectId}/${sessionId}`,
    () => api.calibration.get(projectId, sessionId),
    props.onUnauthorised,
  );
  const [session, setSession] = useState<CalibrationSessionSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [watch, setWatch] = useState<CalibrationWatch | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setSession(loaded.value.session);
  }, [loaded]);
  const isTrainee =
    session !== null && session.trainees.some((each) => each.username === props.user.username);
  const watchKey = session && !isTrainee ? `${session.id}/${session.itemIds.join(',')}` : null;
  useEffect(() => {
    if (!session || watchKey === null) return;
    const opened = props.openWatch(session);
    setWatch(opened);
    return () => {
      opened.dispose();
      setWatch(null);
    };
    // The watch follows the session's items, not each re-read of its summary.
  }, [watchKey]);
  if (loaded.status === 'error') return <main className="listing error">{loaded.error}</main>;
  if (!session) return <main className="listing">Loading the session…</main>;
  const addToGuidelines = async ({ itemId, username, disagreement }: TraineeDisagreement) => {
    const { location } = disagreement;
    const added = await props.addExample({
      projectId,
      itemId,
      layers: [...disagreement.layers],
      ...('frames' in location
        ? { frames: [location.frames.first, location.frames.last] as [number, number] }
        : { timeMs: [location.startMs, location.endMs] as [number, number] }),
      kind: disagreement.kind,
      message: `${disagreement.message} (seen in ${username}’s work)`,
    });
    setProblem(added.ok ? null : added.error);
    setNotice(
      added.ok
        ? `Added to the guidelines as an example of a ${disagreement.kind} disagreement.`
        : null,
    );
  };
  const act = async (action: 'reveal' | 'close') => {
    const done = await api.calibration[action](projectId, sessionId);
    if (done.ok) setSession(done.value.session);
    setProblem(done.ok ? null : done.error);
  };
  return (
    <main
      className="listing calibration-page"
      data-testid="calibration-session"
      data-state={session.state}
    >
      <nav className="breadcrumbs">
        <Link to={calibrationPath(projectId)}>Calibration sessions</Link> / {session.name}
      </nav>
      <h1>{session.name}</h1>
      <p className="muted" data-testid="session-state">
        {STATE_NOTES[session.state]} Run by {session.trainer.displayName};{' '}
        {session.trainees.map((each) => each.displayName).join(', ')} on{' '}
        {session.itemIds.join(', ')}.
      </p>
      {!isTrainee && (
        <div className="calibration-actions">
          {session.state === 'blind' && (
            <button type="button" onClick={() => void act('reveal')} data-testid="session-reveal">
              Reveal to trainees
            </button>
          )}
          {session.state !== 'closed' && (
            <button type="button" onClick={() => void act('close')} data-testid="session-close">
              Close and make the report
            </button>
          )}
          {session.state === 'closed' &&
            (['html', 'csv', 'json'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() => void download(api, session, format).then(setProblem)}
                data-testid={`report-${format}`}
              >
                Report ({format.toUpperCase()})
              </button>
            ))}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="session-notice">
          {notice}
        </p>
      )}
      {isTrainee && <TraineeView session={session} />}
      {!isTrainee && session.state !== 'closed' && (
        <InviteLinksPanel api={api} projectId={projectId} sessionId={sessionId} />
      )}
      {!isTrainee && watch && (
        <CalibrationDashboard
          session={session}
          watch={watch}
          onAddToGuidelines={(entry) => void addToGuidelines(entry)}
        />
      )}
    </main>
  );
}
