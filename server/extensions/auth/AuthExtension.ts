import type {
  beforeHandleAwarenessPayload,
  Document,
  Extension,
  onAuthenticatePayload,
  onStatelessPayload,
} from '@hocuspocus/server';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import type { PresenceUser } from '../../../shared/protocol/presence.ts';
import { PRESENCE_USER_FIELD } from '../../../shared/protocol/presence.ts';
import { explainNoAccess } from '../../auth/explainNoAccess.ts';
import type { AccessReads } from '../../auth/resolveAccess.ts';
import { resolveAccess } from '../../auth/resolveAccess.ts';
import { verifyToken } from '../../auth/tokens.ts';
import type { MetaStore } from '../../storage/MetaStore.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import type { ConnectionContext } from './ConnectionContext.ts';
import { isConnectionContext } from './ConnectionContext.ts';

export interface AuthConfiguration {
  /** The key tokens are signed with (see loadOrCreateSecret). */
  secret: string;
  metaStore: AccessReads & Pick<MetaStore, 'getUser'>;
}

function refuse(reason: string): never {
  throw new ConnectionRefusal(CLOSE_CODES.forbidden, reason);
}

/** True when another connection on the document already holds this awareness client id. */
function heldByAnotherConnection(
  document: Document,
  connection: unknown,
  clientId: number,
): boolean {
  return document
    .getConnections()
    .some((other) => other !== connection && document.getClients(other).has(clientId));
}

/**
 * Token → user → document name → access (`resolveAccess`), on every document a socket opens.
 * The name is checked first, so a malformed one never reaches storage; `read` access makes the
 * connection read-only. Presence lives only on documents the user writes, and its identity is
 * always taken from the token, never from the client. The permission sweep keeps the grant current.
 */
export class AuthExtension implements Extension {
  readonly priority = 900;
  readonly extensionName = 'concord-auth';
  readonly configuration: AuthConfiguration;

  constructor(configuration: AuthConfiguration) {
    this.configuration = configuration;
  }

  async onAuthenticate(payload: onAuthenticatePayload): Promise<ConnectionContext> {
    const address = parseDocumentName(payload.documentName);
    if (!address.ok) refuse(address.error);
    const claims = await verifyToken(this.configuration.secret, payload.token);
    if (!claims.ok) refuse(claims.error);
    const { metaStore } = this.configuration;
    const user = await metaStore.getUser(claims.value.userId);
    if (!user) refuse('the account this token was issued to no longer exists; log in again');
    const access = await resolveAccess(metaStore, user.id, address.value);
    if (access === 'none') refuse(await explainNoAccess(metaStore, user.id, address.value));
    if (access === 'read') payload.connectionConfig.readOnly = true;
    return {
      user: { id: user.id, username: user.username, name: user.name, colour: user.colour },
      address: address.value,
      grant: { access, tokenExpiresAtMs: claims.value.expiresAt },
    };
  }

  async beforeHandleAwareness({
    states,
    context,
    connection,
    document,
  }: beforeHandleAwarenessPayload): Promise<void> {
    if (!connection || !isConnectionContext(context)) return;
    // Nobody who only reads a document is seen on it, so watching blind work leaves no trace.
    if (connection.readOnly || context.grant.access !== 'write') {
      states.clear();
      return;
    }
    const identity: PresenceUser = {
      id: context.user.id,
      name: context.user.name,
      colour: context.user.colour,
    };
    for (const [clientId, state] of states) {
      if (heldByAnotherConnection(document, connection, clientId)) {
        states.delete(clientId);
        continue;
      }
      state[PRESENCE_USER_FIELD] = { ...identity };
    }
  }

  async onStateless({ connection }: onStatelessPayload): Promise<void> {
    if (!connection.readOnly) return;
    // Hocuspocus stops the onStateless chain at a rejection and drops one without a message
    // quietly, so no later hook can broadcast what a read-only connection sent.
    throw new Error('');
  }
}
