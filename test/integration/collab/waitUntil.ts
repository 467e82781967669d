import type { HocuspocusProvider } from '@hocuspocus/provider';

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the provider has synced and the server acknowledged every change it sent. */
export function acknowledged(provider: HocuspocusProvider, timeoutMs?: number): Promise<void> {
  return waitUntil(
    () => provider.isSynced && provider.unsyncedChanges === 0,
    `${provider.configuration.name} is synced with nothing unacknowledged`,
    timeoutMs,
  );
}

/** Resolves with the reason the server gave for refusing the provider's document. */
export function refusal(provider: HocuspocusProvider, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${JSON.stringify(provider.configuration.name)} was not refused`)),
      timeoutMs,
    );
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
