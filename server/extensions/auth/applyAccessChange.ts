import type { Connection } from '@hocuspocus/server';
import { OutgoingMessage } from '@hocuspocus/server';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { describeDocument } from '../../auth/describeDocument.ts';
import { explainNoAccess } from '../../auth/explainNoAccess.ts';
import type { AccessReads } from '../../auth/resolveAccess.ts';
import { resolveAccess } from '../../auth/resolveAccess.ts';
import { CLOSE_CODES } from '../ConnectionRefusal.ts';
import { closeDocumentConnection } from './closeDocumentConnection.ts';
import type { ConnectionGrant } from './ConnectionContext.ts';
import { isConnectionContext } from './ConnectionContext.ts';

/** What one sweep checks connections against. */
export interface AccessCheck {
  reads: AccessReads;
  nowMs: number;
  /** Connections handling a message now; they become read-only once it is handled. */
  handling: WeakSet<Connection>;
}

/** Lowers a connection to read-only, takes its presence away and tells its client. */
function lowerToReadOnly(
  connection: Connection,
  grant: ConnectionGrant,
  handling: WeakSet<Connection>,
): void {
  grant.access = 'read';
  if (!handling.has(connection)) connection.readOnly = true;
  const { document } = connection;
  removeAwarenessStates(document.awareness, [...document.getClients(connection)], null);
  // The provider reports the new scope, so the client stops offering edits it would lose.
  connection.send(
    new OutgoingMessage(connection.messageAddress).writeAuthenticated(true).toUint8Array(),
  );
}

/** Brings one open connection in line with what its user may do now. */
export async function applyAccessChange(connection: Connection, check: AccessCheck): Promise<void> {
  const context: unknown = connection.context;
  if (!isConnectionContext(context)) return;
  const { grant, address, user } = context;
  const document = describeDocument(address);
  if (grant.tokenExpiresAtMs <= check.nowMs) {
    const message = `your sign-in has expired; sign in again to keep working on ${document}`;
    closeDocumentConnection(connection, CLOSE_CODES.tokenExpired, message);
    return;
  }
  const access = await resolveAccess(check.reads, user.id, address);
  if (access === grant.access) return;
  if (access === 'none') {
    const message = await explainNoAccess(check.reads, user.id, address);
    closeDocumentConnection(connection, CLOSE_CODES.accessWithdrawn, message);
    return;
  }
  if (access === 'write') {
    const message = `you may now edit ${document}; open it again to start`;
    closeDocumentConnection(connection, CLOSE_CODES.reopenForWrite, message);
    return;
  }
  lowerToReadOnly(connection, grant, check.handling);
}
