import { describe, expect, it } from 'vitest';
import { readSyncStatusReply } from '../../../client/collab/readSyncStatusReply.ts';
import { syncStatusOf } from '../../../client/collab/SyncStatus.ts';
import * as encoding from 'lib0/encoding';

const connected = {
  socketConnected: true,
  refused: false,
  authenticated: true,
  synced: true,
  unsyncedChanges: 0,
};

describe('sync status', () => {
  it('is saved only when connected, synced and every local update is acknowledged', () => {
    expect(syncStatusOf(connected)).toBe('saved');
    expect(syncStatusOf({ ...connected, unsyncedChanges: 1 })).toBe('syncing');
    expect(syncStatusOf({ ...connected, synced: false })).toBe('syncing');
    expect(syncStatusOf({ ...connected, authenticated: false })).toBe('syncing');
    expect(syncStatusOf({ ...connected, socketConnected: false })).toBe('offline');
    expect(syncStatusOf({ ...connected, refused: true })).toBe('offline');
  });

  it("reads the server's verdict on an update and ignores every other message", () => {
    const verdict = (type: number, value: number) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, 'p/i/main');
      encoding.writeVarUint(encoder, type);
      encoding.writeVarInt(encoder, value);
      return encoding.toUint8Array(encoder);
    };
    expect(readSyncStatusReply(verdict(8, 1))).toBe(true);
    expect(readSyncStatusReply(verdict(8, 0))).toBe(false);
    expect(readSyncStatusReply(verdict(0, 0))).toBeNull();
    expect(readSyncStatusReply(new Uint8Array([200]))).toBeNull();
  });
});
