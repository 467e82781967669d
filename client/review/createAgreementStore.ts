import type * as Y from 'yjs';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { PairAgreement } from '../../shared/agreement/itemAgreement.ts';
import { ROOT_DISAGREEMENTS } from '../../shared/agreement/writeDisagreements.ts';
import { createSnapshotStore } from '../store/createSnapshotStore.ts';
import type { FrameScheduler } from '../store/scheduleFrame.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';
import { ROOT_PAIRS } from '../../shared/agreement/writeAgreementChanges.ts';
import { rankDisagreements } from './rankDisagreements.ts';

/** What the live agreement engine last wrote for an item. */
export interface AgreementSnapshot {
  /** Most severe first, then by id. */
  disagreements: readonly Disagreement[];
  /** One summary per pair of layers, by pair key (`left~right`). */
  pairs: readonly PairAgreement[];
}

function readAgreement(doc: Y.Doc): AgreementSnapshot {
  const pairs = [...doc.getMap<PairAgreement>(ROOT_PAIRS).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, pair]) => pair)
    .filter((pair) => Array.isArray(pair?.layers) && pair.spatial !== undefined);
  return { disagreements: rankDisagreements(doc.getMap(ROOT_DISAGREEMENTS).values()), pairs };
}

function sameAgreement(previous: AgreementSnapshot, next: AgreementSnapshot): AgreementSnapshot {
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}

/** Snapshots of an item's `agreement` document, re-read at most once per frame after the server rewrites it. */
export function createAgreementStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<AgreementSnapshot> {
  return createSnapshotStore(
    {
      read: () => readAgreement(doc),
      share: sameAgreement,
      watch(onChange) {
        const roots = [doc.getMap(ROOT_DISAGREEMENTS), doc.getMap(ROOT_PAIRS)];
        for (const root of roots) root.observe(onChange);
        return () => {
          for (const root of roots) root.unobserve(onChange);
        };
      },
    },
    schedule,
  );
}
