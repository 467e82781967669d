import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ConnectionState, GrantedScope } from './ConnectionState.ts';
import { sameConnectionState } from './ConnectionState.ts';
import { readSyncStatusReply } from './readSyncStatusReply.ts';
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
}

const REOPEN_FIRST_DELAY_MS = 1_000;
const REOPEN_MAX_DELAY_MS = 30_000;

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
  private closedByServer = false;
  private reopenDelayMs = REOPEN_FIRST_DELAY_MS;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private state: ConnectionState;

  constructor(options: OpenDocumentOptions) {
    this.name = options.name;
    this.socket = options.socket;
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
    this.provider.on('synced', this.onSynced);
    this.provider.on('close', this.onClose);
    for (const event of ['unsyncedChanges', 'status', 'disconnect'])
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
        refused: this.problem !== null || this.closedByServer,
        authenticated: provider.isAuthenticated,
        synced: provider.isSynced,
        unsyncedChanges: provider.unsyncedChanges,
      }),
      scope: this.scope,
      problem: this.problem,
      reloadReason: this.reloadReason,
    };
  }

  private refresh = () => {
    const next = this.readState();
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
    this.closedByServer = false;
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

  private onSynced = () => {
    this.reopenDelayMs = REOPEN_FIRST_DELAY_MS;
    this.refresh();
  };

  private onClose = () => {
    // The socket is still up, so the server closed only this document: open it again, with backoff.
    if (this.socket.status === WebSocketStatus.Connected) {
      this.closedByServer = true;
      this.reopenLater();
    }
    this.refresh();
  };

  private reopenLater(): void {
    if (this.disposed || this.reopenTimer !== null || this.problem !== null) return;
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = null;
      if (this.disposed) return;
      this.provider.detach();
      this.provider.attach();
    }, this.reopenDelayMs);
    this.reopenDelayMs = Math.min(this.reopenDelayMs * 2, REOPEN_MAX_DELAY_MS);
  }
}

/** Opens a document on the shared socket. */
export function openDocument(options: OpenDocumentOptions): DocumentConnection {
  return new DocumentConnection(options);
}
