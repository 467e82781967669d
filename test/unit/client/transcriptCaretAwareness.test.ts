import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { caretAwareness } from '../../../client/transcript/caretAwareness.ts';
import { presenceSchema } from '../../../shared/protocol/presence.ts';

const caret = {
  anchor: { type: null, tname: 'transcript', item: { client: 1, clock: 4 }, assoc: 0 },
  head: { type: null, tname: 'transcript', item: { client: 1, clock: 9 }, assoc: 0 },
};

function awarenessWithPeer(peerState: Record<string, unknown>) {
  const local = new Awareness(new Y.Doc());
  const peer = new Awareness(new Y.Doc());
  peer.setLocalState(peerState);
  local.states.set(peer.clientID, peerState);
  return { local, peerId: peer.clientID };
}

describe('transcript caret awareness', () => {
  it('writes the caret to its own field and leaves the canvas pointer alone', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('cursor', { x: 4, y: 5, frame: 6 });
    caretAwareness(awareness).setLocalStateField('cursor', caret);
    const state = awareness.getLocalState();
    expect(state?.cursor).toEqual({ x: 4, y: 5, frame: 6 });
    expect(state?.textCaret).toEqual(caret);
    expect(
      presenceSchema.safeParse({ user: { id: 'a', name: 'Ana', colour: '#1f77b4' }, ...state })
        .success,
    ).toBe(true);
  });

  it("shows the caret plugins a peer's transcript caret, with the colour they read", () => {
    const { local, peerId } = awarenessWithPeer({
      user: { id: 'ben', name: 'Ben', colour: '#d62728' },
      cursor: { x: 1, y: 2, frame: 3 },
      textCaret: caret,
    });
    const seen = caretAwareness(local).getStates().get(peerId);
    expect(seen?.cursor).toEqual(caret);
    expect(seen?.user).toEqual({ id: 'ben', name: 'Ben', colour: '#d62728', color: '#d62728' });
  });

  it('hides a canvas pointer or a malformed caret from the caret plugins', () => {
    const pointerOnly = awarenessWithPeer({
      user: { id: 'b', name: 'B', colour: '#000000' },
      cursor: { x: 1, y: 2, frame: 3 },
    });
    expect(
      caretAwareness(pointerOnly.local).getStates().get(pointerOnly.peerId)?.cursor,
    ).toBeNull();
    const malformed = awarenessWithPeer({ textCaret: { anchor: 5, head: 'x' } });
    expect(caretAwareness(malformed.local).states.get(malformed.peerId)?.cursor).toBeNull();
  });

  it('passes every other field through to the real awareness', () => {
    const awareness = new Awareness(new Y.Doc());
    const adapter = caretAwareness(awareness);
    adapter.setLocalStateField('user', { id: 'a', name: 'Ana', colour: '#1f77b4' });
    expect(awareness.getLocalState()?.user).toEqual({ id: 'a', name: 'Ana', colour: '#1f77b4' });
    expect(adapter.clientID).toBe(awareness.clientID);
    let changes = 0;
    const listener = () => (changes += 1);
    adapter.on('change', listener);
    awareness.setLocalStateField('playheadMs', 10);
    adapter.off('change', listener);
    awareness.setLocalStateField('playheadMs', 20);
    expect(changes).toBe(1);
  });
});
