import { COLLAB_PATH } from '../../shared/protocol/http.ts';

/** The collaboration socket of a server, from its origin (http → ws, https → wss). */
export function collabUrl(serverOrigin: string): string {
  return `${serverOrigin.replace(/\/+$/, '').replace(/^http/, 'ws')}${COLLAB_PATH}`;
}
