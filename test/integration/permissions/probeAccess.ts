import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { readSyncStatusReply } from '../../../client/collab/readSyncStatusReply.ts';
import type { DocumentStore } from '../../../server/storage/DocumentStore.ts';
import type { Access } from '../../../shared/protocol/http.ts';
import type { ClientPool } from '../collab/ClientPool.ts';
import { waitUntil } from '../collab/waitUntil.ts';

const PROBE_ROOT = 'probe';

/** Resolves once the provider is synced with nothing unacknowledged, or with the refusal's reason. */
export function openedOrRefused(
  provider: HocuspocusProvider,
  timeoutMs = 10_000,
): Promise<{ opened: true } | { opened: false; reason: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${provider.configuration.name} neither opened nor was refused`)),
      timeoutMs,
    );
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      resolve({ opened: false, reason });
    });
    void waitUntil(
      () => provider.isSynced && provider.unsyncedChanges === 0,
      'synced',
      timeoutMs,
    ).then(() => {
      clearTimeout(timer);
      resolve({ opened: true });
    }, reject);
  });
}

/** The server's verdict on the next update the provider sends: true applied, false refused. */
export function nextVerdict(provider: HocuspocusProvider, timeoutMs = 10_000): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.off('message', onMessage);
      reject(
        new Error(`the server gave no verdict on an update to ${provider.configuration.name}`),
      );
    }, timeoutMs);
    const onMessage = ({ event }: { event: MessageEvent }) => {
      const verdict = readSyncStatusReply(event.data as ArrayBuffer);
      if (verdict === null) return;
      clearTimeout(timer);
      provider.off('message', onMessage);
      resolve(verdict);
    };
    provider.on('message', onMessage);
  });
}

/** Edits the provider's document and resolves with the server's verdict on the edit. */
export function attemptEdit(provider: HocuspocusProvider, marker: string): Promise<boolean> {
  const verdict = nextVerdict(provider);
  provider.document.getMap(PROBE_ROOT).set(marker, Date.now());
  return verdict;
}

/** Whether the stored log of the document holds an edit by the user. */
export async function storedEditBy(
  documentStore: DocumentStore,
  documentName: string,
  userId: string,
): Promise<boolean> {
  const log = await documentStore.readLog(documentName);
  return log.some((entry) => entry.userId === userId);
}

/**
 * What a real client gets from the server for one document: `none` when refused, `read` when it
 * syncs but its edit is refused and never stored, `write` when its edit is acknowledged and stored.
 */
export async function probeAccess(
  pool: ClientPool,
  socket: HocuspocusProviderWebsocket,
  probe: { documentName: string; token: string; userId: string; documentStore: DocumentStore },
): Promise<Access> {
  const provider = pool.open(probe.documentName, probe.token, { socket });
  try {
    const opening = await openedOrRefused(provider);
    if (!opening.opened) return 'none';
    const applied = await attemptEdit(provider, probe.userId);
    const stored = await storedEditBy(probe.documentStore, probe.documentName, probe.userId);
    if (applied !== stored) {
      throw new Error(
        `${probe.documentName}: the server ${applied ? 'applied' : 'refused'} an edit but ${stored ? 'stored' : 'did not store'} it`,
      );
    }
    return applied ? 'write' : 'read';
  } finally {
    provider.destroy();
  }
}
