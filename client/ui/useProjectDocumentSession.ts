import { useEffect, useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';
import type { SessionDocument } from '../session/ItemSession.ts';

/** A session on one project-level document (the schema, the guidelines). */
export interface ProjectDocumentSession {
  document: SessionDocument;
  dispose(): void;
}

/**
 * Opens a project-level document's session while the page shows it, and opens it afresh whenever
 * the server says the local copy is stale (an edit refused, or access lowered).
 */
export function useProjectDocumentSession<S extends ProjectDocumentSession>(
  projectId: string,
  openSession: (projectId: string) => Result<S>,
): { session: S | null; error: string | null; reloadedBecause: string | null } {
  const [session, setSession] = useState<S | null>(null);
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
