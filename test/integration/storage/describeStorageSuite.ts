import { describe } from 'vitest';
import { describeAuditStoreConformance } from './describeAuditStoreConformance.ts';
import { describeCheckpointConformance } from './describeCheckpointConformance.ts';
import { describeDocumentLogConformance } from './describeDocumentLogConformance.ts';
import { describeMetaStoreConformance } from './describeMetaStoreConformance.ts';
import type { OpenStores } from './storageSuiteContext.ts';
import { storageSuiteContext } from './storageSuiteContext.ts';

/**
 * The one test suite every storage adapter passes. `openStores` opens all stores on a named
 * database; opening a name again must give another instance on the same data, as a second
 * server process would see it.
 */
export function describeStorageSuite(name: string, openStores: OpenStores): void {
  describe(`${name} storage`, () => {
    const context = storageSuiteContext(openStores);
    describeMetaStoreConformance(context);
    describeDocumentLogConformance(context);
    describeCheckpointConformance(context);
    describeAuditStoreConformance(context);
  });
}
