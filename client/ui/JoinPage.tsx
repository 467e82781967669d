import { useEffect, useState } from 'react';
import type { LoginResponse } from '../../shared/protocol/http.ts';
import type { JoinDescription, JoinRequest } from '../../shared/protocol/join.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { formatWallClock } from './formatWallClock.ts';
import { JoinForm } from './JoinForm.tsx';
import { calibrationSessionPath } from './Route.ts';
import { navigate } from './useRoute.ts';
import './JoinPage.css';

type Described = { status: 'loading' } | { status: 'error'; error: string } | JoinDescription;

/** A one-time join link: what it is for, and the form that makes the account and signs it in. */
export function JoinPage(props: {
  api: ApiClient;
  secret: string;
  onSignedIn: (login: LoginResponse) => void;
}) {
  const { api, secret, onSignedIn } = props;
  const [described, setDescribed] = useState<Described>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void api.join.describe(secret).then((result) => {
      if (current)
        setDescribed(result.ok ? result.value : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [api, secret]);

  const join = async (request: JoinRequest) => {
    setBusy(true);
    setError(null);
    const joined = await api.join.join(secret, request);
    setBusy(false);
    if (!joined.ok) return setError(joined.error);
    onSignedIn(joined.value);
    navigate(calibrationSessionPath(joined.value.projectId, joined.value.sessionId));
  };

  return (
    <main className="login" data-testid="join-page">
      <div className="login-form join-page">
        <h1>Concord</h1>
        {'status' in described ? (
          <p className={described.status === 'error' ? 'error' : 'muted'} data-testid="join-state">
            {described.status === 'error' ? described.error : 'Reading the link…'}
          </p>
        ) : (
          <>
            <p data-testid="join-description">
              {described.trainerName} invites you to the calibration session{' '}
              <strong>{described.sessionName}</strong> in project{' '}
              <strong>{described.projectName}</strong>. Make an account to join; this link works
              once, until {formatWallClock(described.expiresAtMs)}.
            </p>
            <JoinForm busy={busy} error={error} onSubmit={(request) => void join(request)} />
          </>
        )}
      </div>
    </main>
  );
}
