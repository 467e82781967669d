import { COLLAB_PATH } from '../../shared/protocol/http.ts';

/** The collaboration socket's address on the page's own origin (http → ws, https → wss). */
export function collabUrl(pageOrigin: string): string {
  return `${pageOrigin.replace(/^http/, 'ws')}${COLLAB_PATH}`;
}
