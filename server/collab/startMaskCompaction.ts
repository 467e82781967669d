import type { Hocuspocus } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { parseDocumentName } from '../../shared/doc/documentName.ts';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import { compactMask } from '../../shared/doc/writeMasks.ts';
import { masksWorthCompacting } from './masksWorthCompacting.ts';

/** When the server folds old mask operations into one region. */
export interface MaskCompactionPolicy {
  /** Operations older than this are past everyone's undo and may be folded. */
  undoHorizonMs: number;
  /** A frame is folded once this many such operations open its list. */
  minimumOperations: number;
  /** How often loaded layers are looked at. */
  intervalMs: number;
}

export const DEFAULT_MASK_COMPACTION: MaskCompactionPolicy = {
  undoHorizonMs: 10 * 60_000,
  minimumOperations: 64,
  intervalMs: 30_000,
};

/**
 * Every interval, folds the old operations of busy masks in loaded layer documents into regions,
 * through serverWrite so every client receives the change. Pixels stay the same; undo past the
 * horizon finds nothing to remove. Returns a stop function.
 */
export function startMaskCompaction(
  hocuspocus: Hocuspocus,
  write: (documentName: string, change: (doc: Y.Doc) => void) => Promise<void>,
  policy: MaskCompactionPolicy,
  logger: Logger,
): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      for (const [documentName, document] of [...hocuspocus.documents]) {
        const address = parseDocumentName(documentName);
        if (!address.ok || address.value.scope !== 'item') continue;
        const horizonMs = Date.now() - policy.undoHorizonMs;
        const masks = masksWorthCompacting(document, horizonMs, policy.minimumOperations);
        if (masks.length === 0) continue;
        let folded = 0;
        await write(documentName, (doc) => {
          for (const maskId of masks) {
            const result = compactMask(
              doc,
              maskId,
              horizonMs,
              { by: 'server', atMs: Date.now() },
              SERVER_ORIGIN,
            );
            if (result.ok) folded += result.value;
          }
        });
        logger.info({ documentName, masks: masks.length, folded }, 'mask operations compacted');
      }
    } catch (error) {
      logger.warn({ err: error }, 'mask compaction failed; it is tried again at the next sweep');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), policy.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
