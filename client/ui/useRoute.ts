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

const pathname = () => window.location.pathname;

/** Moves to a path with the History API, without reloading the page. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current route, following back/forward and navigate(). */
export function useRoute(): { route: Route; navigate: (path: string) => void } {
  const path = useSyncExternalStore(subscribe, pathname);
  const go = useCallback((to: string) => navigate(to), []);
  return { route: parseRoute(path), navigate: go };
}
