import type { FormEvent } from 'react';
import { useState } from 'react';
import type { JoinRequest } from '../../shared/protocol/join.ts';

/** The new trainee's account: username, display name and password; `error` is the server's refusal. */
export function JoinForm(props: {
  busy: boolean;
  error: string | null;
  onSubmit: (request: JoinRequest) => void;
}) {
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({ username: username.trim(), name: name.trim(), password });
  };
  const complete = username.trim() !== '' && name.trim() !== '' && password !== '';
  return (
    <form className="join-form" onSubmit={submit}>
      <label>
        Username
        <input
          data-testid="join-username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </label>
      <label>
        Display name
        <input
          data-testid="join-name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label>
        Password (at least 8 characters)
        <input
          data-testid="join-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {props.error && (
        <p className="error" role="alert" data-testid="join-error">
          {props.error}
        </p>
      )}
      <button data-testid="join-submit" type="submit" disabled={props.busy || !complete}>
        {props.busy ? 'Joining…' : 'Join the session'}
      </button>
    </form>
  );
}
