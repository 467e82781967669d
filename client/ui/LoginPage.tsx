import type { FormEvent } from 'react';
import { useState } from 'react';
import type { LoginResponse } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';

/** The sign-in form. */
export function LoginPage(props: { api: ApiClient; onSignedIn: (session: LoginResponse) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await props.api.login(username.trim(), password);
    setBusy(false);
    if (result.ok) props.onSignedIn(result.value);
    else setError(result.status === 401 ? 'wrong username or password' : result.error);
  };

  return (
    <main className="login">
      <form className="login-form" onSubmit={submit}>
        <h1>Concord</h1>
        <label>
          Username
          <input
            data-testid="login-username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          Password
          <input
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button data-testid="login-submit" type="submit" disabled={busy || !username || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
