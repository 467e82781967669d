import type { Logger } from 'pino';
import type { AuditStore } from '../../storage/AuditStore.ts';

/**
 * Binds the client ids of a connection's presence states to its user and drops states whose id
 * belongs to someone else. Presence shows a client id before any edit does, so binding it here
 * keeps another user from taking the id by writing under it first.
 */
export async function claimPresenceClientIds(options: {
  auditStore: Pick<AuditStore, 'claimClientIds'>;
  logger: Pick<Logger, 'warn'>;
  documentName: string;
  userId: string;
  states: Map<number, Record<string, unknown>>;
}): Promise<void> {
  const { auditStore, logger, documentName, userId, states } = options;
  for (const clientId of [...states.keys()]) {
    try {
      const conflicts = await auditStore.claimClientIds(documentName, [clientId], userId);
      if (conflicts.length > 0) states.delete(clientId);
    } catch (error) {
      // Presence is ephemeral: a binding that cannot be stored now is made with the first edit.
      logger.warn({ documentName, clientId, err: error }, 'could not bind a presence client id');
    }
  }
}
