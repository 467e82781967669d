import type { Awareness } from 'y-protocols/awareness';
import type { Presence, PresenceUser } from '../../shared/protocol/presence.ts';
import { PRESENCE_USER_FIELD, presenceSchema } from '../../shared/protocol/presence.ts';
import { createThrottle } from './createThrottle.ts';
import type { PeerPresence } from './PeerPresence.ts';

/** This user's ephemeral state on one document, and everybody else's. */
export interface PresenceChannel {
  setLocalUser(user: PresenceUser): void;
  setCursor(cursor: Presence['cursor']): void;
  setSelection(recordIds: readonly string[]): void;
  setPlayheadMs(playheadMs: number): void;
  /** Other connections' valid presence states; the same array until one of them changes. */
  getPeers(): readonly PeerPresence[];
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

// Pointer moves come at 60–120 Hz; peers need far fewer to see a cursor glide.
const POINTER_THROTTLE_MS = 50;
const PLAYHEAD_THROTTLE_MS = 200;
const MAX_SELECTION_SHARED = 1000;

function readPeers(awareness: Awareness): PeerPresence[] {
  const peers: PeerPresence[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const parsed = presenceSchema.safeParse(state);
    if (parsed.success) peers.push({ ...parsed.data, clientId });
  }
  return peers.sort(
    (left, right) =>
      left.user.name.localeCompare(right.user.name) || left.clientId - right.clientId,
  );
}

/** Presence over a provider's awareness, validated with the shared presence schema. */
export function createPresence(awareness: Awareness): PresenceChannel {
  const listeners = new Set<() => void>();
  let peers = readPeers(awareness);
  const cursor = createThrottle<Presence['cursor']>(POINTER_THROTTLE_MS, (value) =>
    awareness.setLocalStateField('cursor', value),
  );
  const playhead = createThrottle<number>(PLAYHEAD_THROTTLE_MS, (value) =>
    awareness.setLocalStateField('playheadMs', value),
  );
  const onChange = () => {
    const next = readPeers(awareness);
    if (JSON.stringify(next) === JSON.stringify(peers)) return;
    peers = next;
    for (const listener of [...listeners]) listener();
  };
  awareness.on('change', onChange);
  return {
    setLocalUser: (user) => awareness.setLocalStateField(PRESENCE_USER_FIELD, user),
    setCursor: (value) => cursor.push(value),
    setSelection: (recordIds) =>
      awareness.setLocalStateField('selection', recordIds.slice(0, MAX_SELECTION_SHARED)),
    setPlayheadMs: (playheadMs) => playhead.push(Math.max(0, playheadMs)),
    getPeers: () => peers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      cursor.cancel();
      playhead.cancel();
      awareness.off('change', onChange);
      listeners.clear();
    },
  };
}
