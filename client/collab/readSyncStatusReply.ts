import * as decoding from 'lib0/decoding';

/** Hocuspocus's message type for the server's reply to each update: 1 applied, 0 refused. */
const SYNC_STATUS_MESSAGE = 8;

/** Whether a raw socket message is the server's verdict on an update: true applied, false refused, null neither. */
export function readSyncStatusReply(data: ArrayBuffer | Uint8Array): boolean | null {
  try {
    const decoder = decoding.createDecoder(
      data instanceof Uint8Array ? data : new Uint8Array(data),
    );
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC_STATUS_MESSAGE) return null;
    return decoding.readVarInt(decoder) === 1;
  } catch {
    // Not a message this client can decode: not a verdict either.
    return null;
  }
}
