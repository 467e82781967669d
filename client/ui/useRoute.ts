import { useCallback, useSyncExternalStore } from 'react';
import type { Route } from './Route.ts';
import { parseRoute } from './Route.ts';

const NAVIGATE_EVENT = 'concord:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const currentPath = () => window.location.pathname + window.location.search;

/** Moves to a path (with its query, if any) with the History API, without reloading the page. */
export function navigate(path: string): void {
  if (path === currentPath()) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current route, following back/forward and navigate(). */
export function useRoute(): { route: Route; navigate: (path: string) => void } {
  const path = useSyncExternalStore(subscribe, currentPath);
  const go = useCallback((to: string) => navigate(to), []);
  const queryAt = path.indexOf('?');
  const route =
    queryAt === -1 ? parseRoute(path) : parseRoute(path.slice(0, queryAt), path.slice(queryAt));
  return { route, navigate: go };
}
