import type { Hocuspocus } from '@hocuspocus/server';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 10;

/** Waits until Hocuspocus has unloaded every document; false if some are still open after `timeoutMs`. */
export async function waitForDocumentsToUnload(
  hocuspocus: Hocuspocus,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (hocuspocus.getDocumentsCount() > 0 || hocuspocus.loadingDocuments.size > 0) {
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}
