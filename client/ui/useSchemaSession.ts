import { useEffect, useState } from 'react';
import type { SchemaSession } from '../schemaEditor/SchemaSession.ts';

/**
 * Opens a project's label schema while the page shows it, and opens it afresh whenever the server
 * says the local copy is stale (an edit refused, or access lowered).
 */
export function useSchemaSession(
  projectId: string,
  openSchema: (projectId: string) => SchemaSession,
): { session: SchemaSession | null; reloadedBecause: string | null } {
  const [session, setSession] = useState<SchemaSession | null>(null);
  const [reloads, setReloads] = useState<{ count: number; reason: string | null }>({
    count: 0,
    reason: null,
  });
  useEffect(() => {
    const current = openSchema(projectId);
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
    // openSchema is bound to the page's socket and user, which outlive this project.
  }, [projectId, reloads.count]);
  return { session, reloadedBecause: reloads.reason };
}
