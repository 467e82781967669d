import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendAll, originOf, replayed } from './storageSuiteContext.ts';
import type { StorageSuiteContext } from './storageSuiteContext.ts';
import { contentOf, recordEdits } from './recordEdits.ts';

const DOCUMENT = 'street/clip-1/main';

/** DocumentStore's checkpoints: checkpoint + tail always loads what the whole log holds. */
export function describeCheckpointConformance(context: StorageSuiteContext): void {
  describe('checkpoints', () => {
    it('loads checkpoint plus tail to the same document as replaying the whole log', async () => {
      const { documentStore } = await context.open();
      const { updates, result } = recordEdits(60);
      const covered = await appendAll(documentStore, DOCUMENT, updates.slice(0, 40));
      const outcome = await documentStore.checkpoint(DOCUMENT);
      const later = await appendAll(documentStore, DOCUMENT, updates.slice(40));

      expect(outcome).toMatchObject({
        written: true,
        throughSeq: covered.at(-1),
        skippedEntries: 0,
      });
      const stored = await documentStore.load(DOCUMENT);
      expect(stored.tail.map((entry) => entry.seq)).toEqual(later);
      const fromCheckpoint = await replayed(documentStore, DOCUMENT);
      const fromWholeLog = await replayed(
        { load: (name) => documentStore.load(name, { ignoreCheckpoints: true }) },
        DOCUMENT,
      );
      expect(fromCheckpoint).toEqual(fromWholeLog);
      expect(fromCheckpoint.content).toEqual(contentOf(result));
      expect(fromCheckpoint.stateVector).toEqual(Y.encodeStateVector(result));
    });

    it('records the state vector and snapshot of the state it covers', async () => {
      const { documentStore } = await context.open();
      const { updates, result } = recordEdits(12);
      await appendAll(documentStore, DOCUMENT, updates);
      await documentStore.checkpoint(DOCUMENT);
      const { checkpoint, tail } = await documentStore.load(DOCUMENT);

      expect(tail).toEqual([]);
      expect(checkpoint?.stateVector).toEqual(Y.encodeStateVector(result));
      const snapshot = Y.decodeSnapshot(checkpoint?.snapshot ?? new Uint8Array());
      expect(updates.every((update) => Y.snapshotContainsUpdate(snapshot, update))).toBe(true);
    });

    it('writes no checkpoint when the newest one already covers the whole log', async () => {
      const { documentStore } = await context.open();
      expect((await documentStore.checkpoint(DOCUMENT)).written).toBe(false);
      await appendAll(documentStore, DOCUMENT, recordEdits(3).updates);
      expect((await documentStore.checkpoint(DOCUMENT)).written).toBe(true);
      expect((await documentStore.checkpoint(DOCUMENT)).written).toBe(false);
      expect((await documentStore.stats(DOCUMENT)).checkpoints).toBe(1);
    });

    it('builds checkpoints by itself as the log grows, keeping only the newest few', async () => {
      const { documentStore } = await context.open({
        checkpoints: { everyEntries: 10, keepCheckpoints: 2 },
      });
      const { updates, result } = recordEdits(45);
      const seqs = await appendAll(documentStore, DOCUMENT, updates);
      await documentStore.flushCheckpoints();

      const stats = await documentStore.stats(DOCUMENT);
      expect(stats.checkpoints).toBeGreaterThanOrEqual(1);
      expect(stats.checkpoints).toBeLessThanOrEqual(2);
      expect(stats.newestCheckpoint?.throughSeq).toBeGreaterThanOrEqual(seqs[9] ?? Infinity);
      expect(stats.entriesSinceCheckpoint).toBeLessThan(updates.length - 9);
      expect(stats.logEntries).toBe(updates.length);
      expect((await replayed(documentStore, DOCUMENT)).content).toEqual(contentOf(result));
    });

    it('builds a checkpoint past an entry that cannot be applied, which stays in the log', async () => {
      const { documentStore } = await context.open();
      const { updates, result } = recordEdits(8);
      await appendAll(documentStore, DOCUMENT, updates.slice(0, 4));
      await documentStore.appendUpdate(DOCUMENT, new Uint8Array([9, 9, 9]), originOf('u-mallory'));
      await appendAll(documentStore, DOCUMENT, updates.slice(4));

      expect(await documentStore.checkpoint(DOCUMENT)).toMatchObject({
        written: true,
        skippedEntries: 1,
      });
      expect((await replayed(documentStore, DOCUMENT)).content).toEqual(contentOf(result));
      expect((await documentStore.stats(DOCUMENT)).logEntries).toBe(updates.length + 1);
    });

    it('never drops what another instance appended around a checkpoint', async () => {
      const first = await context.open({ sharedWithOtherProcesses: true });
      const second = await context.open({ sameDatabaseAs: first });
      const { updates, result } = recordEdits(50, 4);
      await appendAll(first.documentStore, DOCUMENT, updates.slice(0, 20));
      await appendAll(second.documentStore, DOCUMENT, updates.slice(20, 30), 'u-grace');
      await first.documentStore.checkpoint(DOCUMENT);
      await appendAll(second.documentStore, DOCUMENT, updates.slice(30, 40), 'u-grace');
      await second.documentStore.checkpoint(DOCUMENT);
      await appendAll(first.documentStore, DOCUMENT, updates.slice(40));

      for (const stores of [first, second]) {
        expect((await replayed(stores.documentStore, DOCUMENT)).content).toEqual(contentOf(result));
      }
    });

    it('finds the newest checkpoint built at or before a given moment', async () => {
      const { documentStore } = await context.open();
      await appendAll(documentStore, DOCUMENT, recordEdits(5).updates);
      const beforeMs = Date.now() - 1000;
      await documentStore.checkpoint(DOCUMENT);
      const afterMs = Date.now();

      expect(await documentStore.checkpointAsOf(DOCUMENT, beforeMs)).toBeNull();
      const found = await documentStore.checkpointAsOf(DOCUMENT, afterMs);
      expect(found?.id).toBe((await documentStore.load(DOCUMENT)).checkpoint?.id);
    });
  });
}
