import { useEffect, useState } from 'react';
import type { ItemDetail } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { SessionDocument } from '../session/ItemSession.ts';

/** What a live session of an item holds that this hook watches: its documents, and how to close it. */
export interface LiveSession {
  documents: readonly SessionDocument[];
  dispose(): void;
}

/** Opens one live session for an item (the editor's or the review page's), and opens it afresh whenever the server says the local copy is stale. */
export function useItemSession<S extends LiveSession>(
  detail: ItemDetail | null,
  openSession: (detail: ItemDetail) => Result<S>,
): { session: S | null; error: string | null; reloadedBecause: string | null } {
  const [session, setSession] = useState<S | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState<{ count: number; reason: string | null }>({
    count: 0,
    reason: null,
  });
  useEffect(() => {
    if (!detail) return;
    const opened = openSession(detail);
    if (!opened.ok) {
      setError(opened.error);
      return;
    }
    const current = opened.value;
    setError(null);
    setSession(current);
    const checkReload = () => {
      const reason = current.documents
        .map((document) => document.getSnapshot().reloadReason)
        .find(Boolean);
      if (reason) setReloads((previous) => ({ count: previous.count + 1, reason }));
    };
    const unsubscribes = current.documents.map((document) => document.subscribe(checkReload));
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      current.dispose();
      setSession(null);
    };
    // openSession is bound to the page's socket and user, which outlive this item.
  }, [detail, reloads.count]);
  return { session, error, reloadedBecause: reloads.reason };
}
