import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LogEntry } from '../DocumentStore.ts';
import { encodeJournalRecord, JournalStrings } from './journalRecords.ts';

/** The suffix of journal files; the name before it is `<pid>-<random>`. */
export const JOURNAL_SUFFIX = '.journal';

/**
 * An append-only file that makes a log entry durable with one small write, so the SQLite log
 * can take entries in batches: one commit per batch writes each page once, where one commit per
 * entry writes a whole page (and often three) for a ~100-byte update. Entries are moved into
 * SQLite and the file emptied; after a crash the next start moves what is left.
 */
export class UpdateJournal {
  readonly path: string;
  private readonly descriptor: number;
  private readonly syncEachAppend: boolean;
  private strings = new JournalStrings();
  private sizeBytes = 0;

  private constructor(filePath: string, descriptor: number, syncEachAppend: boolean) {
    this.path = filePath;
    this.descriptor = descriptor;
    this.syncEachAppend = syncEachAppend;
  }

  /** Creates this process's journal in `directory`; with `syncEachAppend`, it survives power loss. */
  static create(directory: string, syncEachAppend: boolean): UpdateJournal {
    fs.mkdirSync(directory, { recursive: true });
    const filePath = path.join(directory, `${process.pid}-${randomUUID()}${JOURNAL_SUFFIX}`);
    const descriptor = fs.openSync(filePath, 'wx');
    if (syncEachAppend) syncDirectory(directory);
    return new UpdateJournal(filePath, descriptor, syncEachAppend);
  }

  /** Bytes written since the journal was last emptied. */
  get bytes(): number {
    return this.sizeBytes;
  }

  /**
   * Writes one entry and returns once the OS holds it (and the disk, with `syncEachAppend`).
   * A write that fails is cut off again, so the file stays a sequence of whole records.
   */
  append(entry: LogEntry & { documentName: string }): void {
    const { bytes, newStrings } = encodeJournalRecord(entry, this.strings);
    try {
      let written = 0;
      while (written < bytes.byteLength) {
        const position = this.sizeBytes + written;
        written += fs.writeSync(
          this.descriptor,
          bytes,
          written,
          bytes.byteLength - written,
          position,
        );
      }
      if (this.syncEachAppend) fs.fdatasyncSync(this.descriptor);
    } catch (error) {
      try {
        fs.ftruncateSync(this.descriptor, this.sizeBytes);
      } catch {
        // The next record is written from the same offset over what is left.
      }
      throw error;
    }
    for (const value of newStrings) this.strings.add(value);
    this.sizeBytes += bytes.byteLength;
  }

  /** Empties the file once every entry in it is stored elsewhere. */
  clear(): void {
    fs.ftruncateSync(this.descriptor, 0);
    this.strings = new JournalStrings();
    this.sizeBytes = 0;
  }

  /** Closes and deletes the file; call only once its entries are stored elsewhere. */
  remove(): void {
    fs.closeSync(this.descriptor);
    fs.rmSync(this.path, { force: true });
  }
}

function syncDirectory(directory: string): void {
  const descriptor = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}
