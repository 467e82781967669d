import type { HocuspocusProvider } from '@hocuspocus/provider';

/** Resolves once the server has acknowledged every change the provider sent (DESIGN: synced is on disk). */
export function untilAcknowledged(provider: HocuspocusProvider): Promise<void> {
  if (provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off('unsyncedChanges', onChange);
      resolve();
    };
    provider.on('unsyncedChanges', onChange);
  });
}
