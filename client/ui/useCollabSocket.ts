import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { createCollabSocket } from '../collab/createCollabSocket.ts';

/** The page's one collaboration socket, open while someone is signed in. */
export function useCollabSocket(signedIn: boolean): HocuspocusProviderWebsocket | null {
  const [socket, setSocket] = useState<HocuspocusProviderWebsocket | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    const created = createCollabSocket();
    setSocket(created);
    return () => {
      created.destroy();
      setSocket(null);
    };
  }, [signedIn]);
  return socket;
}
