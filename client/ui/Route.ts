import { PROJECT_OR_ITEM_ID_PATTERN } from '../../shared/schema/ids.ts';

/** The pages of the app, as addressed by the URL. */
export type Route =
  | { page: 'projects' }
  | { page: 'items'; projectId: string }
  | { page: 'editor'; projectId: string; itemId: string }
  | { page: 'notFound'; path: string };

function validId(text: string | undefined): text is string {
  return text !== undefined && PROJECT_OR_ITEM_ID_PATTERN.test(text);
}

/** Reads `/`, `/p/:projectId` and `/p/:projectId/i/:itemId`; anything else is not found. */
export function parseRoute(pathname: string): Route {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts.length === 0) return { page: 'projects' };
  const [p, projectId, i, itemId] = parts;
  if (p === 'p' && validId(projectId)) {
    if (parts.length === 2) return { page: 'items', projectId };
    if (parts.length === 4 && i === 'i' && validId(itemId))
      return { page: 'editor', projectId, itemId };
  }
  return { page: 'notFound', path: pathname };
}

/** The path of a project's item list. */
export function projectPath(projectId: string): string {
  return `/p/${encodeURIComponent(projectId)}`;
}

/** The path of an item's editor. */
export function itemPath(projectId: string, itemId: string): string {
  return `${projectPath(projectId)}/i/${encodeURIComponent(itemId)}`;
}
