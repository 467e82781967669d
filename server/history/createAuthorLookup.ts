import type { HistoryAuthor } from '../../shared/protocol/history.ts';
import type { MetaStore } from '../storage/MetaStore.ts';

/** Looks up authors of log entries by user id, each user once per lookup. */
export function createAuthorLookup(
  metaStore: Pick<MetaStore, 'getUser'>,
): (userId: string | null) => Promise<HistoryAuthor | null> {
  const known = new Map<string, Promise<HistoryAuthor>>();
  return (userId) => {
    if (userId === null) return Promise.resolve(null);
    let author = known.get(userId);
    if (!author) {
      // A user removed since keeps their id in the log; show the id rather than nothing.
      author = metaStore
        .getUser(userId)
        .then((user) => ({ id: userId, name: user?.name ?? userId }));
      known.set(userId, author);
    }
    return author;
  };
}
