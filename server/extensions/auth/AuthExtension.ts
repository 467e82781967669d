import type {
  beforeHandleAwarenessPayload,
  Document,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import type { PresenceUser } from '../../../shared/protocol/presence.ts';
import { PRESENCE_USER_FIELD } from '../../../shared/protocol/presence.ts';
import { accessFor } from '../../auth/accessFor.ts';
import { verifyToken } from '../../auth/tokens.ts';
import type { MetaStore } from '../../storage/MetaStore.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import type { ConnectionContext } from './ConnectionContext.ts';
import { isConnectionContext } from './ConnectionContext.ts';

export interface AuthConfiguration {
  /** The key tokens are signed with (see loadOrCreateSecret). */
  secret: string;
  metaStore: Pick<MetaStore, 'getUser' | 'roleOf' | 'getItem'>;
}

function refuse(reason: string): never {
  throw new ConnectionRefusal(CLOSE_CODES.forbidden, reason);
}

function describeDocument(address: DocumentAddress): string {
  return address.scope === 'project'
    ? `the ${address.layer} of project ${address.projectId}`
    : `layer ${address.layer} of item ${address.itemId}`;
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
 * Token → user → document name → role → access, on every document a socket opens.
 * The name is checked first, so a malformed one never reaches storage; `read` access makes the
 * connection read-only. Presence identity is always taken from the token, never from the client.
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
    const { projectId } = address.value;
    const role = await metaStore.roleOf(projectId, user.id);
    if (role === null)
      refuse(`you are not a member of project ${projectId}; ask its admin to add you`);
    if (
      address.value.scope === 'item' &&
      !(await metaStore.getItem(projectId, address.value.itemId))
    ) {
      refuse(`item ${address.value.itemId} does not exist in project ${projectId}`);
    }
    const access = accessFor(role, address.value);
    if (access === 'none')
      refuse(`your role (${role}) gives no access to ${describeDocument(address.value)}`);
    if (access === 'read') payload.connectionConfig.readOnly = true;
    return {
      user: { id: user.id, username: user.username, name: user.name, colour: user.colour },
      role,
      access,
      address: address.value,
    };
  }

  async beforeHandleAwareness({
    states,
    context,
    connection,
    document,
  }: beforeHandleAwarenessPayload): Promise<void> {
    if (!connection || !isConnectionContext(context)) return;
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
}
