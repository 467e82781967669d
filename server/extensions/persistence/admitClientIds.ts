import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { AuditStore } from '../../storage/AuditStore.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import { newClientIdsOf } from './newClientIdsOf.ts';
import { storageWriteRefusal } from './storageWriteRefusal.ts';

/**
 * Binds the client ids an update writes under to its sender, and refuses the update when one of
 * them belongs to another user (or to the server's copy of the document), so nobody can write
 * under someone else's client id. Runs before the update is logged.
 */
export async function admitClientIds(options: {
  auditStore: Pick<AuditStore, 'claimClientIds'>;
  logger: Pick<Logger, 'warn' | 'error'>;
  document: Y.Doc;
  documentName: string;
  update: Uint8Array;
  userId: string | null;
}): Promise<void> {
  const { auditStore, logger, document, documentName, userId } = options;
  const clientIds = newClientIdsOf(document, options.update);
  if (clientIds.includes(document.clientID)) {
    throw new ConnectionRefusal(
      CLOSE_CODES.clientIdTaken,
      `the update for ${documentName} writes under the server's own Yjs client id; reload the document`,
    );
  }
  if (userId === null || clientIds.length === 0) return;
  let conflicts;
  try {
    conflicts = await auditStore.claimClientIds(documentName, clientIds, userId);
  } catch (error) {
    throw storageWriteRefusal(logger, documentName, error);
  }
  const [conflict] = conflicts;
  if (!conflict) return;
  logger.warn(
    { documentName, userId, clientId: conflict.clientId, ownerId: conflict.ownerId },
    'refused an update written under another user’s client id',
  );
  throw new ConnectionRefusal(
    CLOSE_CODES.clientIdTaken,
    `the update for ${documentName} is written under Yjs client id ${conflict.clientId}, which belongs to another user; reload the document to get a client id of your own`,
  );
}
