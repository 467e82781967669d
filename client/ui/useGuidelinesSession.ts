import { useEffect, useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';
import type { GuidelinesSession } from '../guidelines/GuidelinesSession.ts';

/** Opens a project's guidelines, and opens them afresh whenever the server says the local copy is stale. */
export function useGuidelinesSession(
  projectId: string,
  openSession: (projectId: string) => Result<GuidelinesSession>,
): { session: GuidelinesSession | null; error: string | null; reloadedBecause: string | null } {
  const [session, setSession] = useState<GuidelinesSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState<{ count: number; reason: string | null }>({
    count: 0,
    reason: null,
  });
  useEffect(() => {
    const opened = openSession(projectId);
    if (!opened.ok) {
      setError(opened.error);
      return;
    }
    const current = opened.value;
    setError(null);
    setSession(current);
    const unsubscribe = current.document.subscribe(() => {
      const reason = current.document.getSnapshot().reloadReason;
      if (reason) setReloads((previous) => ({ count: previous.count + 1, reason }));
    });
    return () => {
      unsubscribe();
      current.dispose();
      setSession(null);
    };
    // openSession is bound to the page's socket and user, which outlive this project.
  }, [projectId, reloads.count]);
  return { session, error, reloadedBecause: reloads.reason };
}
