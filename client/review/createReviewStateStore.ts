import type * as Y from 'yjs';
import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import { commentThreadsOf, readCommentThreads } from '../../shared/agreement/commentThread.ts';
import type { Decision, ItemStatus, StatusChange } from '../../shared/agreement/reviewDocument.ts';
import {
  readDecisions,
  readItemStatus,
  ROOT_DECISIONS,
  ROOT_ITEM_STATUS,
} from '../../shared/agreement/reviewDocument.ts';
import { readPeople, ROOT_PEOPLE } from '../../shared/agreement/reviewPeople.ts';
import { createSnapshotStore } from '../store/createSnapshotStore.ts';
import type { FrameScheduler } from '../store/scheduleFrame.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';

/** An item's `review` document as the review page shows it. */
export interface ReviewState {
  status: ItemStatus;
  /** Every move of the status, oldest first. */
  changes: readonly StatusChange[];
  decisions: ReadonlyMap<string, Decision>;
  threads: readonly CommentThreadView[];
  /** Names of the people who acted in the review, by user id. */
  people: ReadonlyMap<string, string>;
}

function readReviewState(doc: Y.Doc): ReviewState {
  const { status, changes } = readItemStatus(doc);
  return {
    status,
    changes,
    decisions: readDecisions(doc),
    threads: readCommentThreads(doc),
    people: readPeople(doc),
  };
}

function sameState(previous: ReviewState, next: ReviewState): ReviewState {
  const json = (state: ReviewState) =>
    JSON.stringify([state.changes, [...state.decisions], state.threads, [...state.people]]);
  return json(previous) === json(next) ? previous : next;
}

/** Snapshots of an item's `review` document (status, decisions, comment threads), re-read at most once per frame. */
export function createReviewStateStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<ReviewState> {
  return createSnapshotStore(
    {
      read: () => readReviewState(doc),
      share: sameState,
      watch(onChange) {
        const roots = [
          doc.getArray(ROOT_ITEM_STATUS),
          doc.getMap(ROOT_DECISIONS),
          doc.getMap(ROOT_PEOPLE),
          commentThreadsOf(doc),
        ];
        for (const root of roots) root.observeDeep(onChange);
        return () => {
          for (const root of roots) root.unobserveDeep(onChange);
        };
      },
    },
    schedule,
  );
}
