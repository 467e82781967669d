import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { acknowledged } from '../collab/waitUntil.ts';

/** Every frame a real provider sends: its token, sync steps, updates and presence. */
export async function recordProviderMessages(
  url: string,
  documentName: string,
  token: string,
  userId: string,
): Promise<Uint8Array[]> {
  const frames: Uint8Array[] = [];
  class RecordingWebSocket extends WebSocket {
    override send(data: unknown, ...rest: unknown[]): void {
      if (data instanceof Uint8Array) frames.push(Uint8Array.from(data));
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: RecordingWebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    name: documentName,
    token,
    document: doc,
    websocketProvider: socket,
  });
  provider.attach();
  await acknowledged(provider);
  const author = { userId, nowMs: Date.now() };
  const box = { x: 10, y: 20, w: 30, h: 40 };
  createTrack(doc, { id: 'fuzz-track', labelId: 'car', frame: 0, box }, author, LOCAL_ORIGIN);
  setKeyframe(doc, 'fuzz-track', 12, { box, outside: false }, author, LOCAL_ORIGIN);
  createSegment(
    doc,
    { id: 'fuzz-seg', tierId: 'words', startMs: 0, endMs: 500, labelId: null, speaker: 'A' },
    author,
    LOCAL_ORIGIN,
  );
  doc.getText('scratch').insert(0, 'hello fuzz');
  doc.getArray('list').push([1, 'two', { three: 3 }]);
  provider.setAwarenessField('cursor', { x: 1, y: 2, frame: 3 });
  await acknowledged(provider);
  provider.destroy();
  socket.destroy();
  return frames;
}
