import type { Connection } from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import type { Violation } from '../../../shared/doc/readLayer.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { touchedRecordIds } from './touchedRecordIds.ts';

/** A client's logged edit whose effect on the schema has not been checked yet. */
export interface UncheckedEdit {
  seq: number;
  connection: Connection;
  recordIds: ReadonlySet<string>;
}

export interface LayerAuditOptions {
  /** The log seq of the update the connection just had applied; null when none was appended. */
  takeSeq(connection: Connection): number | null;
  /** Called with what an edit introduced; never with an empty list. */
  report(edit: UncheckedEdit, violations: Violation[]): void;
  /** A check that failed; the audit goes on with the next edit. */
  onError(error: unknown): void;
}

/** Reading the layer again waits this many times as long as the last read took, at most the cap. */
const READ_SPACING_FACTOR = 4;
const MAX_READ_DELAY_MS = 10_000;

function keyOf(violation: Violation): string {
  return `${violation.recordId}\u0000${violation.field}\u0000${violation.message}`;
}

/**
 * Watches one loaded layer for client edits that break the schema. A read of the whole layer
 * after every edit would stall the event loop on large layers, so edits are checked in
 * batches, spaced by how long a read takes; each new violation goes to the earliest unchecked
 * edit that touched its record.
 */
export class LayerAudit {
  private readonly document: Y.Doc;
  private readonly options: LayerAuditOptions;
  private readonly objects: object;
  private known: Set<string>;
  private unchecked: UncheckedEdit[] = [];
  private changed = false;
  private timer: NodeJS.Timeout | null = null;
  private lastReadMs = 0;

  constructor(document: Y.Doc, options: LayerAuditOptions) {
    this.document = document;
    this.options = options;
    this.objects = objectsOf(document);
    this.known = new Set(this.read().map(keyOf));
    document.on('afterTransaction', this.onTransaction);
  }

  /** Checks what is pending now (before an unload or a stop). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed) this.check();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.document.off('afterTransaction', this.onTransaction);
  }

  private onTransaction = (transaction: Y.Transaction): void => {
    const origin: unknown = transaction.origin;
    const connection =
      isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection : null;
    const seq = connection ? this.options.takeSeq(connection) : null;
    const recordIds = touchedRecordIds(transaction, this.objects);
    if (recordIds.size === 0) return;
    this.changed = true;
    if (connection && seq !== null) this.unchecked.push({ seq, connection, recordIds });
    if (this.timer !== null) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        try {
          this.check();
        } catch (error) {
          this.options.onError(error);
        }
      },
      Math.min(this.lastReadMs * READ_SPACING_FACTOR, MAX_READ_DELAY_MS),
    );
    this.timer.unref();
  };

  private check(): void {
    const violations = this.read();
    const edits = this.unchecked;
    this.unchecked = [];
    this.changed = false;
    const introduced = new Map<UncheckedEdit, Violation[]>();
    for (const violation of violations) {
      if (this.known.has(keyOf(violation))) continue;
      const edit = edits.find((candidate) => candidate.recordIds.has(violation.recordId));
      if (!edit) continue;
      introduced.set(edit, [...(introduced.get(edit) ?? []), violation]);
    }
    this.known = new Set(violations.map(keyOf));
    for (const [edit, list] of introduced) this.options.report(edit, list);
  }

  private read(): readonly Violation[] {
    const startedMs = performance.now();
    // Decoding every base keyframe of a dense layer took ~0.5 s and its garbage as long again.
    const { violations } = readLayer(this.document, { baseKeyframes: 'check' });
    this.lastReadMs = performance.now() - startedMs;
    return violations;
  }
}
