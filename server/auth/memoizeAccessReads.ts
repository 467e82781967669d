import type { AccessReads } from './resolveAccess.ts';

function once<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (value === undefined) {
    value = read();
    cache.set(key, value);
  }
  return value;
}

/**
 * The access reads of `metaStore`, each made at most once: for one batch of checks (a sweep over
 * open connections, one item's layer listing) that must see one consistent state cheaply.
 */
export function memoizeAccessReads(metaStore: AccessReads): AccessReads {
  const roles = new Map<string, ReturnType<AccessReads['roleOf']>>();
  const items = new Map<string, ReturnType<AccessReads['getItem']>>();
  const assignments = new Map<string, ReturnType<AccessReads['listAssignmentsOfItem']>>();
  return {
    roleOf: (projectId, userId) =>
      once(roles, JSON.stringify([projectId, userId]), () => metaStore.roleOf(projectId, userId)),
    getItem: (projectId, itemId) =>
      once(items, JSON.stringify([projectId, itemId]), () => metaStore.getItem(projectId, itemId)),
    listAssignmentsOfItem: (projectId, itemId) =>
      once(assignments, JSON.stringify([projectId, itemId]), () =>
        metaStore.listAssignmentsOfItem(projectId, itemId),
      ),
  };
}
