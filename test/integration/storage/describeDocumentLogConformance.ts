import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendAll, originOf, replayed } from './storageSuiteContext.ts';
import type { StorageSuiteContext } from './storageSuiteContext.ts';
import { contentOf, recordEdits } from './recordEdits.ts';

const DOCUMENT = 'street/clip-1/main';

/** DocumentStore's log: appends are kept with their origin, in order, whoever appends them. */
export function describeDocumentLogConformance(context: StorageSuiteContext): void {
  describe('document log', () => {
    it('reads appended updates back in order with who sent them and when', async () => {
      const { documentStore } = await context.open();
      const { updates } = recordEdits(4);
      const first = await documentStore.appendUpdate(DOCUMENT, updates[0] as Uint8Array, {
        userId: 'u-ada',
        connectionId: 'socket-1',
        clientIds: [7, 4_294_967_295],
        receivedAtMs: 1_700_000_000_123.7,
      });
      const rest = await appendAll(documentStore, DOCUMENT, updates.slice(1), 'u-grace');

      const log = await documentStore.readLog(DOCUMENT);
      expect(log.map((entry) => entry.seq)).toEqual([first, ...rest]);
      expect([...rest].sort((left, right) => left - right)).toEqual(rest);
      expect(rest[0]).toBeGreaterThan(first);
      expect(log.map((entry) => entry.update)).toEqual(updates);
      expect(log[0]).toMatchObject({
        userId: 'u-ada',
        connectionId: 'socket-1',
        clientIds: [7, 4_294_967_295],
        receivedAtMs: 1_700_000_000_123,
      });
      expect(await documentStore.readLog(DOCUMENT, { afterSeq: first, limit: 2 })).toEqual(
        log.slice(1, 3),
      );
    });

    it('loads a document that was never written as nothing, and knows which ones were', async () => {
      const { documentStore } = await context.open();
      expect(await documentStore.load(DOCUMENT)).toEqual({ checkpoint: null, tail: [] });
      expect(await documentStore.hasDocument(DOCUMENT)).toBe(false);
      const { updates } = recordEdits(2);
      await appendAll(documentStore, 'street/clip-2/main', updates);
      await appendAll(documentStore, 'Street/clip-1/main', updates);
      await appendAll(documentStore, DOCUMENT, updates);

      expect(await documentStore.hasDocument(DOCUMENT)).toBe(true);
      expect(await documentStore.listDocumentNames()).toEqual([
        'Street/clip-1/main',
        DOCUMENT,
        'street/clip-2/main',
      ]);
      const stats = await documentStore.stats(DOCUMENT);
      expect(stats).toMatchObject({ logEntries: 2, checkpoints: 0, newestCheckpoint: null });
      expect(stats.logBytes).toBe(updates.reduce((sum, update) => sum + update.byteLength, 0));
    });

    it('replays the whole log into the document its updates add up to', async () => {
      const { documentStore } = await context.open();
      const { updates, result } = recordEdits(60);
      await appendAll(documentStore, DOCUMENT, updates);
      const loaded = await replayed(documentStore, DOCUMENT);
      expect(loaded.content).toEqual(contentOf(result));
      expect(loaded.stateVector).toEqual(Y.encodeStateVector(result));
    });

    it('skips an entry that is not a Yjs update, keeps it in the log and loads everything else', async () => {
      const { documentStore } = await context.open();
      const { updates, result } = recordEdits(9);
      await appendAll(documentStore, DOCUMENT, updates.slice(0, 4));
      const corruptSeq = await documentStore.appendUpdate(
        DOCUMENT,
        new Uint8Array([0, 7, 255, 255, 3]),
        originOf('u-mallory'),
      );
      await appendAll(documentStore, DOCUMENT, updates.slice(4));

      const loaded = await replayed(documentStore, DOCUMENT);
      expect(loaded.skippedSeqs).toEqual([corruptSeq]);
      expect(loaded.content).toEqual(contentOf(result));
      expect((await documentStore.readLog(DOCUMENT)).map((entry) => entry.seq)).toContain(
        corruptSeq,
      );
    });

    it('keeps every update, under the seq it was given, when two store instances append at once', async () => {
      const first = await context.open({ sharedWithOtherProcesses: true });
      const second = await context.open({ sameDatabaseAs: first });
      const { updates, result } = recordEdits(80, 4);
      const seqs = await Promise.all(
        updates.map((update, index) =>
          (index % 2 === 0 ? first : second).documentStore.appendUpdate(
            DOCUMENT,
            update,
            originOf(index % 2 === 0 ? 'u-ada' : 'u-grace'),
          ),
        ),
      );

      expect(new Set(seqs).size).toBe(updates.length);
      const logged = new Map(
        (await first.documentStore.readLog(DOCUMENT)).map((entry) => [entry.seq, entry]),
      );
      seqs.forEach((seq, index) => {
        expect(logged.get(seq)?.update).toEqual(updates[index]);
        expect(logged.get(seq)?.userId).toBe(index % 2 === 0 ? 'u-ada' : 'u-grace');
      });
      for (const stores of [first, second]) {
        const log = await stores.documentStore.readLog(DOCUMENT);
        expect(log).toHaveLength(updates.length);
        expect((await replayed(stores.documentStore, DOCUMENT)).content).toEqual(contentOf(result));
      }
    });
  });
}
