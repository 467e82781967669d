import * as Y from 'yjs';
import type { AgreementContext } from '../../../shared/agreement/incremental/IncrementalAgreement.ts';
import { IncrementalAgreement } from '../../../shared/agreement/incremental/IncrementalAgreement.ts';
import type { ComparedRecord } from '../../../shared/agreement/incremental/LayerIndex.ts';
import type { AgreementChanges } from '../../../shared/agreement/writeAgreementChanges.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { observeObjectChanges } from '../../../shared/doc/observeObjectChanges.ts';
import { readLayer, readObject } from '../../../shared/doc/readLayer.ts';
import type { Result } from '../../../shared/schema/result.ts';
import { ok } from '../../../shared/schema/result.ts';
import { readUtteranceTexts } from '../../history/readUtteranceTexts.ts';

interface Replica {
  doc: Y.Doc;
  dirty: Set<string>;
  /** The transcript changed since the last flush. */
  textsChanged: boolean;
  stop: () => void;
}

function textsOf(doc: Y.Doc): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { segmentId, text } of readUtteranceTexts(doc)) {
    if (segmentId !== null) texts.set(segmentId, text);
  }
  return texts;
}

function comparedRecord(doc: Y.Doc, id: string): ComparedRecord | null {
  const stored = objectsOf(doc).get(id);
  if (stored === undefined) return null;
  const reading = readObject(id, stored, []);
  if (reading?.kind === 'track' || reading?.kind === 'shape' || reading?.kind === 'segment') {
    return reading;
  }
  return { kind: 'other' };
}

/**
 * One item's live scoring: a replica of each of its compared layers, fed the same updates as the
 * live documents, and the incremental engine fed only the records each batch of updates touched.
 */
export class ItemScorer {
  private readonly engine: IncrementalAgreement;
  private readonly replicas = new Map<string, Replica>();

  private constructor(engine: IncrementalAgreement) {
    this.engine = engine;
  }

  static create(context: AgreementContext): Result<ItemScorer> {
    const engine = IncrementalAgreement.create(context);
    return engine.ok ? ok(new ItemScorer(engine.value)) : engine;
  }

  /** Starts comparing a layer from its whole state (or starts it over). */
  setLayer(name: string, state: Uint8Array): void {
    this.dropLayer(name);
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, state);
    const replica: Replica = { doc, dirty: new Set(), textsChanged: false, stop: () => {} };
    const stopObjects = observeObjectChanges(doc, (ids) =>
      ids.forEach((id) => replica.dirty.add(id)),
    );
    const transcript = transcriptOf(doc);
    const markTexts = () => {
      replica.textsChanged = true;
    };
    transcript.observeDeep(markTexts);
    replica.stop = () => {
      stopObjects();
      transcript.unobserveDeep(markTexts);
    };
    this.replicas.set(name, replica);
    this.engine.setLayer(name, readLayer(doc), textsOf(doc));
  }

  /** Applies an update of a layer's live document to its replica; scored at the next flush. */
  applyUpdate(name: string, update: Uint8Array): void {
    const replica = this.replicas.get(name);
    if (replica) Y.applyUpdate(replica.doc, update);
  }

  dropLayer(name: string): void {
    const replica = this.replicas.get(name);
    if (!replica) return;
    replica.stop();
    replica.doc.destroy();
    this.replicas.delete(name);
    this.engine.removeLayer(name);
  }

  /** Rescores what the updates since the last flush touched; answers what changed. */
  flush(): AgreementChanges {
    for (const [name, replica] of this.replicas) {
      if (replica.dirty.size === 0 && !replica.textsChanged) continue;
      const changes = [...replica.dirty].map(
        (id) => [id, comparedRecord(replica.doc, id)] as const,
      );
      // Binding text to a segment edits the transcript too, so this catches every text change.
      const texts = replica.textsChanged ? textsOf(replica.doc) : null;
      replica.dirty.clear();
      replica.textsChanged = false;
      this.engine.applyChanges(name, changes, texts);
    }
    return { ...this.engine.takeChanges(), pairs: this.engine.pairSummaries() };
  }

  destroy(): void {
    for (const name of [...this.replicas.keys()]) this.dropLayer(name);
  }
}
