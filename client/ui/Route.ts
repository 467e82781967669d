import { JOIN_SECRET_PATTERN } from '../../shared/protocol/join.ts';
import { LAYER_PATTERN, PROJECT_OR_ITEM_ID_PATTERN } from '../../shared/schema/ids.ts';

/** The pages of the app, as addressed by the URL. */
export type Route =
  | { page: 'projects' }
  | { page: 'items'; projectId: string }
  /** `layer` (from `?layer=`) opens that layer instead of the user's own work layer. */
  | { page: 'editor'; projectId: string; itemId: string; layer?: string }
  | { page: 'review'; projectId: string; itemId: string }
  | { page: 'guidelines'; projectId: string }
  | { page: 'schema'; projectId: string }
  | { page: 'calibration'; projectId: string }
  | { page: 'calibrationSession'; projectId: string; sessionId: string }
  /** A one-time join link, opened without being signed in. */
  | { page: 'join'; secret: string }
  | { page: 'notFound'; path: string };

function validId(text: string | undefined): text is string {
  return text !== undefined && PROJECT_OR_ITEM_ID_PATTERN.test(text);
}

function editorRoute(projectId: string, itemId: string, search: string): Route {
  const layer = new URLSearchParams(search).get('layer');
  return layer !== null && LAYER_PATTERN.test(layer)
    ? { page: 'editor', projectId, itemId, layer }
    : { page: 'editor', projectId, itemId };
}

/**
 * Reads `/`, `/p/:projectId`, `/p/:projectId/guidelines`, `/p/:projectId/schema`,
 * `/p/:projectId/calibration`, `/p/:projectId/calibration/:sessionId`,
 * `/p/:projectId/i/:itemId` (with an optional `?layer=`), `/p/:projectId/i/:itemId/review` and
 * `/join/:secret`; anything else is not found.
 */
export function parseRoute(pathname: string, search = ''): Route {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts.length === 0) return { page: 'projects' };
  const [p, projectId, i, itemId, sub] = parts;
  const secret = parts[1] ?? '';
  if (parts.length === 2 && p === 'join' && JOIN_SECRET_PATTERN.test(secret)) {
    return { page: 'join', secret };
  }
  if (p === 'p' && validId(projectId)) {
    if (parts.length === 2) return { page: 'items', projectId };
    if (parts.length === 3 && i === 'guidelines') return { page: 'guidelines', projectId };
    if (parts.length === 3 && i === 'schema') return { page: 'schema', projectId };
    if (i === 'calibration') {
      if (parts.length === 3) return { page: 'calibration', projectId };
      if (parts.length === 4 && validId(itemId)) {
        return { page: 'calibrationSession', projectId, sessionId: itemId };
      }
    }
    if (i === 'i' && validId(itemId)) {
      if (parts.length === 4) return editorRoute(projectId, itemId, search);
      if (parts.length === 5 && sub === 'review') return { page: 'review', projectId, itemId };
    }
  }
  return { page: 'notFound', path: pathname };
}

/** The path of a project's item list. */
export function projectPath(projectId: string): string {
  return `/p/${encodeURIComponent(projectId)}`;
}

/** The path of a project's guidelines. */
export function guidelinesPath(projectId: string): string {
  return `${projectPath(projectId)}/guidelines`;
}

/** The path of a project's calibration sessions. */
export function calibrationPath(projectId: string): string {
  return `${projectPath(projectId)}/calibration`;
}

/** The path of one calibration session: the trainer's dashboard, or a trainee's items. */
export function calibrationSessionPath(projectId: string, sessionId: string): string {
  return `${calibrationPath(projectId)}/${encodeURIComponent(sessionId)}`;
}

/** The path of a project's label schema editor. */
export function schemaPath(projectId: string): string {
  return `${projectPath(projectId)}/schema`;
}

/** The path of an item's editor. */
export function itemPath(projectId: string, itemId: string): string {
  return `${projectPath(projectId)}/i/${encodeURIComponent(itemId)}`;
}

/** The path of an item's editor on a named layer (the merged `final`, for one). */
export function layerEditorPath(projectId: string, itemId: string, layer: string): string {
  return `${itemPath(projectId, itemId)}?layer=${encodeURIComponent(layer)}`;
}

/** The path of an item's review page. */
export function reviewPath(projectId: string, itemId: string): string {
  return `${itemPath(projectId, itemId)}/review`;
}

/** The path of an item's review page opened on one disagreement (selected and jumped to). */
export function disagreementPath(
  projectId: string,
  itemId: string,
  disagreementId: string,
): string {
  return `${reviewPath(projectId, itemId)}?d=${encodeURIComponent(disagreementId)}`;
}
