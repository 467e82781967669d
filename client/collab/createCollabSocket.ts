import { CollabSocket } from './CollabSocket.ts';
import { collabUrl } from './collabUrl.ts';
import { loadServerOrigins } from './loadServerOrigins.ts';
import { ServerRotation } from './ServerRotation.ts';

/**
 * The page's one collaboration socket; every document's provider rides on it. Given several URLs it
 * starts on the first and moves to the next whenever its connection is lost. Without URLs it starts
 * on the page's own origin and adds the servers /api/config lists once they are known.
 */
export function createCollabSocket(urls?: string | readonly string[]): CollabSocket {
  if (urls !== undefined) return new CollabSocket(new ServerRotation([urls].flat()));
  const rotation = new ServerRotation([collabUrl(globalThis.location.origin)]);
  void loadServerOrigins().then((origins) => {
    if (origins.ok) rotation.replace(origins.value.map(collabUrl));
  });
  return new CollabSocket(rotation);
}
