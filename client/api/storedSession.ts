import type { LoginResponse } from '../../shared/protocol/http.ts';

// sessionStorage, not localStorage: each tab keeps its own sign-in, so two tabs can be two users.
const SESSION_KEY = 'concord.session';

/** The signed-in user of this tab, or null when there is none or it has expired. */
export function readStoredSession(nowMs: number = Date.now()): LoginResponse | null {
  try {
    const text = globalThis.sessionStorage?.getItem(SESSION_KEY);
    if (!text) return null;
    const session = JSON.parse(text) as LoginResponse;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'number') return null;
    return session.expiresAt > nowMs ? session : null;
  } catch {
    // Storage disabled or garbled: treat as signed out.
    return null;
  }
}

/** Remembers the signed-in user for this tab. */
export function writeStoredSession(session: LoginResponse): void {
  globalThis.sessionStorage?.setItem(SESSION_KEY, JSON.stringify(session));
}

/** Forgets this tab's signed-in user. */
export function clearStoredSession(): void {
  globalThis.sessionStorage?.removeItem(SESSION_KEY);
}
