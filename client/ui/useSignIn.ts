import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoginResponse } from '../../shared/protocol/http.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { createApiClient } from '../api/createApiClient.ts';
import { clearStoredSession, readStoredSession, writeStoredSession } from '../api/storedSession.ts';
import { navigate } from './useRoute.ts';

/** This tab's signed-in user, the API client that signs requests as them, and signing in and out. */
export function useSignIn(): {
  login: LoginResponse | null;
  api: ApiClient;
  signIn: (login: LoginResponse) => void;
  signOut: () => void;
  forget: () => void;
} {
  const [login, setLogin] = useState<LoginResponse | null>(() => readStoredSession());
  const api = useMemo(() => createApiClient(() => login?.token ?? null), [login]);
  const signIn = useCallback((next: LoginResponse) => {
    writeStoredSession(next);
    setLogin(next);
  }, []);
  const forget = useCallback(() => {
    clearStoredSession();
    setLogin(null);
  }, []);
  const signOut = useCallback(() => {
    void api.logout();
    forget();
    navigate('/');
  }, [api, forget]);
  useEffect(() => {
    if (!login) return;
    // setTimeout holds at most ~24.8 days; a longer token is re-checked when the timer fires.
    const timer = setTimeout(
      () => {
        if (!readStoredSession()) forget();
      },
      Math.min(2 ** 31 - 1, Math.max(0, login.expiresAt - Date.now())),
    );
    return () => clearTimeout(timer);
  }, [login, forget]);
  return { login, api, signIn, signOut, forget };
}
