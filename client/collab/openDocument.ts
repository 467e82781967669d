import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { readSchemaViolationsMessage } from '../../shared/protocol/schemaViolationsMessage.ts';
import type { ConnectionState, GrantedScope } from './ConnectionState.ts';
import { sameConnectionState } from './ConnectionState.ts';
import { readSyncStatusReply } from './readSyncStatusReply.ts';
import type { ReopenBackoffOptions } from './ReopenBackoff.ts';
import { ReopenBackoff } from './ReopenBackoff.ts';
import { syncStatusOf } from './SyncStatus.ts';

/** Which document to open, on which socket, as whom. */
export interface OpenDocumentOptions {
  socket: HocuspocusProviderWebsocket;
  name: string;
  token: string | (() => string);
  /**
   * Share presence on this document; documents the user only reads need none.
   * @default true
   */
  awareness?: boolean;
  /** How long to wait before reopening the document after the server closes it. */
  reopen?: Partial<ReopenBackoffOptions>;
}

/** One document kept in sync over the page's shared socket, following its status, scope and refusals. */
export class DocumentConnection {
  readonly name: string;
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly listeners = new Set<() => void>();
  private scope: GrantedScope | null = null;
  private problem: string | null = null;
  private reloadReason: string | null = null;
  private closedReason: string | null = null;
  private readonly reopenBackoff: ReopenBackoff;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private reopensAtMs: number | null = null;
  private schemaWarning: string | null = null;
  private disposed = false;
  private state: ConnectionState;

  constructor(options: OpenDocumentOptions) {
    this.name = options.name;
    this.socket = options.socket;
    this.reopenBackoff = new ReopenBackoff(options.reopen);
    this.provider = new HocuspocusProvider({
      websocketProvider: options.socket,
      name: options.name,
      document: this.doc,
      token: options.token,
      ...(options.awareness === false ? { awareness: null } : {}),
    });
    this.state = this.readState();
    this.provider.on('authenticated', this.onAuthenticated);
    this.provider.on('authenticationFailed', this.onAuthenticationFailed);
    this.provider.on('message', this.onMessage);
    this.provider.on('close', this.onClose);
    this.provider.on('stateless', this.onStateless);
    for (const event of ['synced', 'unsyncedChanges', 'status', 'disconnect'])
      this.provider.on(event, this.refresh);
    this.provider.attach();
  }

  /** The latest state; the same object until something shown changes. */
  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.disposed = true;
    if (this.reopenTimer !== null) clearTimeout(this.reopenTimer);
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private readState(): ConnectionState {
    const { provider } = this;
    return {
      status: syncStatusOf({
        socketConnected: this.socket.status === WebSocketStatus.Connected,
        refused: this.problem !== null || this.closedReason !== null,
        authenticated: provider.isAuthenticated,
        synced: provider.isSynced,
        unsyncedChanges: provider.unsyncedChanges,
      }),
      scope: this.scope,
      problem: this.problem,
      reloadReason: this.reloadReason,
      closedReason: this.closedReason,
      reopensAtMs: this.reopensAtMs,
      schemaWarning: this.schemaWarning,
    };
  }

  private refresh = () => {
    const next = this.readState();
    // Success is every edit acknowledged, not just a handshake: a refused resend must keep backing off.
    if (next.status === 'saved') this.reopenBackoff.reset();
    if (sameConnectionState(this.state, next)) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  };

  private onAuthenticated = ({ scope }: { scope: GrantedScope }) => {
    if (this.scope === 'read-write' && scope === 'readonly') {
      this.reloadReason = `your access to ${this.name} was lowered to read-only`;
    }
    this.scope = scope;
    this.problem = null;
    this.closedReason = null;
    this.refresh();
  };

  private onAuthenticationFailed = ({ reason }: { reason: string }) => {
    this.problem = `the server refused to open ${this.name} (${reason}); sign in again or ask for access`;
    this.refresh();
  };

  private onMessage = ({ event }: { event: MessageEvent }) => {
    if (readSyncStatusReply(event.data as ArrayBuffer) === false) {
      this.reloadReason = `the server refused an edit to ${this.name}`;
    }
    this.refresh();
  };

  private onStateless = ({ payload }: { payload: string }) => {
    const report = readSchemaViolationsMessage(payload);
    if (!report) return;
    const [first, ...others] = report.violations;
    if (!first) return;
    const more = others.length > 0 ? ` (and ${others.length} more)` : '';
    this.schemaWarning = `your edit to ${this.name} was kept but breaks the schema: ${first.message}${more}`;
    this.refresh();
  };

  private onClose = ({ event }: { event?: { reason?: string } }) => {
    // The socket is still up, so the server closed only this document: open it again, with backoff.
    if (this.socket.status === WebSocketStatus.Connected && this.reopenTimer === null) {
      this.closedReason = event?.reason || `the server closed ${this.name}`;
      this.stopSending();
      this.reopenLater();
    }
    this.refresh();
  };

  /**
   * Detaches the provider without telling the server to close the document (it already has):
   * edits made meanwhile stay in the document and go out in the sync when it reopens, instead of
   * piling up on the server as messages for a document nobody has authenticated.
   */
  private stopSending(): void {
    this.socket.configuration.providerMap.delete(this.provider.effectiveName);
    this.provider.detach();
  }

  private reopenLater(): void {
    if (this.disposed || this.problem !== null) return;
    const delayMs = this.reopenBackoff.nextDelayMs();
    this.reopensAtMs = Date.now() + delayMs;
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = null;
      this.reopensAtMs = null;
      if (this.disposed) return;
      this.provider.attach();
      this.refresh();
    }, delayMs);
  }
}

/** Opens a document on the shared socket. */
export function openDocument(options: OpenDocumentOptions): DocumentConnection {
  return new DocumentConnection(options);
}
