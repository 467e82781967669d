import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { collabUrl } from './collabUrl.ts';

/** The page's one collaboration socket; every document's provider rides on it. */
export function createCollabSocket(
  url: string = collabUrl(globalThis.location.origin),
): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    // Reconnect quickly after a server restart, then back off to at most 10 s.
    delay: 500,
    minDelay: 500,
    maxDelay: 10_000,
  });
}
