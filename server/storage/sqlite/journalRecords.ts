import { crc32 } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { LogEntry } from '../DocumentStore.ts';

/** Bytes before each record's body: its length and its CRC-32, both little-endian uint32. */
const FRAME_BYTES = 8;

/**
 * Document names, user ids and connection ids repeat in almost every record, so a journal
 * spells each out once and refers to it by number afterwards. Numbering restarts with the file.
 */
export class JournalStrings {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  valueOf(id: number): string | undefined {
    return this.strings[id];
  }

  add(value: string): void {
    this.ids.set(value, this.strings.length);
    this.strings.push(value);
  }

  get size(): number {
    return this.strings.length;
  }
}

/** Null as 0, a string as its number + 1. */
function writeOptionalRef(encoder: encoding.Encoder, id: number | undefined): void {
  encoding.writeVarUint(encoder, id === undefined ? 0 : id + 1);
}

/**
 * Encodes one log entry as a framed journal record. Strings `known` lacks are defined in the
 * record; the caller adds them to `known` once the record is safely written.
 */
export function encodeJournalRecord(
  entry: LogEntry & { documentName: string },
  known: JournalStrings,
): { bytes: Uint8Array; newStrings: string[] } {
  const newStrings: string[] = [];
  const refOf = (value: string) => {
    const id = known.idOf(value);
    if (id !== undefined) return id;
    const pending = newStrings.indexOf(value);
    if (pending !== -1) return known.size + pending;
    newStrings.push(value);
    return known.size + newStrings.length - 1;
  };
  const documentRef = refOf(entry.documentName);
  const userRef = entry.userId === null ? undefined : refOf(entry.userId);
  const connectionRef = entry.connectionId === null ? undefined : refOf(entry.connectionId);
  const body = encoding.createEncoder();
  encoding.writeVarUint(body, newStrings.length);
  for (const value of newStrings) encoding.writeVarString(body, value);
  encoding.writeVarUint(body, entry.seq);
  encoding.writeVarUint(body, Math.max(0, Math.floor(entry.receivedAtMs)));
  encoding.writeVarUint(body, documentRef);
  writeOptionalRef(body, userRef);
  writeOptionalRef(body, connectionRef);
  encoding.writeVarUint(body, entry.clientIds.length);
  for (const clientId of entry.clientIds) encoding.writeVarUint(body, clientId);
  encoding.writeVarUint8Array(body, entry.update);
  const bodyBytes = encoding.toUint8Array(body);
  const bytes = new Uint8Array(FRAME_BYTES + bodyBytes.byteLength);
  const frame = new DataView(bytes.buffer);
  frame.setUint32(0, bodyBytes.byteLength, true);
  frame.setUint32(4, crc32(bodyBytes), true);
  bytes.set(bodyBytes, FRAME_BYTES);
  return { bytes, newStrings };
}

/** What a journal file holds: its whole records, and what follows the last of them. */
export interface DecodedJournal {
  entries: (LogEntry & { documentName: string })[];
  /** Bytes after the last whole record: a write cut short by a crash, or damage. */
  unreadableBytes: number;
  /** Why reading stopped before the end; null when every byte was read. */
  stoppedBecause: string | null;
}

function readOptionalRef(decoder: decoding.Decoder, strings: JournalStrings): string | null {
  const ref = decoding.readVarUint(decoder);
  if (ref === 0) return null;
  const value = strings.valueOf(ref - 1);
  if (value === undefined) throw new Error(`refers to string ${ref - 1}, which no record defined`);
  return value;
}

function decodeBody(
  body: Uint8Array,
  strings: JournalStrings,
): LogEntry & { documentName: string } {
  const decoder = decoding.createDecoder(body);
  const defined = decoding.readVarUint(decoder);
  for (let index = 0; index < defined; index += 1) strings.add(decoding.readVarString(decoder));
  const seq = decoding.readVarUint(decoder);
  const receivedAtMs = decoding.readVarUint(decoder);
  const documentName = strings.valueOf(decoding.readVarUint(decoder));
  if (documentName === undefined) throw new Error('names a document no record defined');
  const userId = readOptionalRef(decoder, strings);
  const connectionId = readOptionalRef(decoder, strings);
  const clientIds: number[] = [];
  const clientIdCount = decoding.readVarUint(decoder);
  for (let index = 0; index < clientIdCount; index += 1) {
    clientIds.push(decoding.readVarUint(decoder));
  }
  const update = decoding.readVarUint8Array(decoder);
  return { seq, documentName, update, userId, connectionId, clientIds, receivedAtMs };
}

/** Reads records in order until the bytes end or stop making a whole, intact record. */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const entries: DecodedJournal['entries'] = [];
  const strings = new JournalStrings();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const stop = (reason: string): DecodedJournal => ({
    entries,
    unreadableBytes: bytes.byteLength - offset,
    stoppedBecause: `record ${entries.length + 1} at byte ${offset} ${reason}`,
  });
  while (offset < bytes.byteLength) {
    if (bytes.byteLength - offset < FRAME_BYTES) return stop('is cut short in its header');
    const length = view.getUint32(offset, true);
    const checksum = view.getUint32(offset + 4, true);
    const start = offset + FRAME_BYTES;
    if (start + length > bytes.byteLength) return stop(`is cut short (${length} bytes announced)`);
    const body = bytes.subarray(start, start + length);
    if (crc32(body) !== checksum) return stop('fails its checksum');
    try {
      entries.push(decodeBody(body, strings));
    } catch (error) {
      return stop(`cannot be decoded: ${(error as Error).message}`);
    }
    offset = start + length;
  }
  return { entries, unreadableBytes: 0, stoppedBecause: null };
}
