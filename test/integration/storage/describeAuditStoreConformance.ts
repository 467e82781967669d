import { describe, expect, it } from 'vitest';
import { appendAll } from './storageSuiteContext.ts';
import type { StorageSuiteContext } from './storageSuiteContext.ts';
import { recordEdits } from './recordEdits.ts';

const DOCUMENT = 'street/clip-1/main';

/** AuditStore: client ids have one owner per document; flagged updates read back in log order. */
export function describeAuditStoreConformance(context: StorageSuiteContext): void {
  describe('audit store', () => {
    it('binds client ids to the first user who claims them and reports anyone else as a conflict', async () => {
      const first = await context.open({ sharedWithOtherProcesses: true });
      const second = await context.open({ sameDatabaseAs: first });
      const { auditStore } = first;

      expect(await auditStore.claimClientIds(DOCUMENT, [11, 4_294_967_295], 'u-ada')).toEqual([]);
      expect(await auditStore.claimClientIds(DOCUMENT, [11, 12], 'u-ada')).toEqual([]);
      expect(await second.auditStore.claimClientIds(DOCUMENT, [12, 13], 'u-grace')).toEqual([
        { clientId: 12, ownerId: 'u-ada' },
      ]);
      expect(await second.auditStore.ownerOfClientId(DOCUMENT, 13)).toBeNull();
      expect(await second.auditStore.ownerOfClientId(DOCUMENT, 4_294_967_295)).toBe('u-ada');
      expect(await auditStore.claimClientIds('street/clip-2/main', [12], 'u-grace')).toEqual([]);
    });

    it('gives a client id one owner when two instances claim it at once', async () => {
      const first = await context.open({ sharedWithOtherProcesses: true });
      const second = await context.open({ sameDatabaseAs: first });
      const claims = await Promise.all([
        first.auditStore.claimClientIds(DOCUMENT, [21, 22], 'u-ada'),
        second.auditStore.claimClientIds(DOCUMENT, [22, 21], 'u-grace'),
      ]);

      const owner = await first.auditStore.ownerOfClientId(DOCUMENT, 21);
      expect(await second.auditStore.ownerOfClientId(DOCUMENT, 22)).toBe(owner);
      expect(claims.filter((conflicts) => conflicts.length === 0)).toHaveLength(1);
    });

    it('reads flagged updates back in log order, the latest flag of an entry winning', async () => {
      const { documentStore, auditStore } = await context.open();
      const seqs = await appendAll(documentStore, DOCUMENT, recordEdits(3).updates);
      const violation = { recordId: 'seg-1', field: 'endMs', message: 'ends before it starts' };
      await auditStore.flagUpdate(DOCUMENT, seqs[2] as number, [violation]);
      await auditStore.flagUpdate(DOCUMENT, seqs[0] as number, [violation]);
      await auditStore.flagUpdate(DOCUMENT, seqs[0] as number, [
        { ...violation, field: 'startMs' },
      ]);

      const flagged = await auditStore.readFlaggedUpdates(DOCUMENT);
      expect(flagged.map((flag) => flag.seq)).toEqual([seqs[0], seqs[2]]);
      expect(flagged[0]).toMatchObject({
        documentName: DOCUMENT,
        violations: [{ field: 'startMs' }],
      });
      expect(
        await auditStore.readFlaggedUpdates(DOCUMENT, { afterSeq: seqs[0], limit: 1 }),
      ).toEqual([flagged[1]]);
    });
  });
}
