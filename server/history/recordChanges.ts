import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { EntryChange } from './ChangeTally.ts';
import { ChangeTally } from './ChangeTally.ts';

/** The field `transcript` stands for the utterance text bound to a segment. */
export const TRANSCRIPT_FIELD = 'transcript';

type AnyEvent = Y.YEvent<Y.AbstractType<unknown>>;

function noteObjectEvent(tally: ChangeTally, event: AnyEvent): void {
  const [recordId, ...nested] = event.path.map(String);
  if (recordId === undefined) {
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'delete') tally.deleted(key);
      // `update` replaces a whole record under the same id: for a reader that is a new object.
      else tally.created(key);
    }
    return;
  }
  const base = nested.join('.');
  if (event.target instanceof Y.Map) {
    for (const key of event.changes.keys.keys()) {
      tally.changed(recordId, base ? `${base}.${key}` : key);
    }
  } else {
    tally.changed(recordId, base || '(content)');
  }
}

function segmentIdOf(block: unknown): string | null {
  if (!(block instanceof Y.XmlElement)) return null;
  const segmentId = block.getAttribute(UTTERANCE_SEGMENT_ATTR);
  return typeof segmentId === 'string' ? segmentId : null;
}

function noteTranscriptEvent(tally: ChangeTally, event: AnyEvent, fragment: Y.XmlFragment): void {
  const [blockIndex] = event.path;
  const touched: unknown[] = [];
  if (typeof blockIndex === 'number') touched.push(fragment.get(blockIndex));
  else {
    // Blocks added to the transcript; removed ones can no longer be read, and their segment's own deletion says enough.
    for (const part of event.delta) if (Array.isArray(part.insert)) touched.push(...part.insert);
  }
  for (const block of touched) {
    const segmentId = segmentIdOf(block);
    if (segmentId !== null) tally.changed(segmentId, TRANSCRIPT_FIELD);
  }
}

/**
 * Applies one update to `doc` (the layer as it stood just before it) and reports which objects it
 * created, changed or deleted, and which fields. Objects are the `objects` root's records; an
 * edit of an utterance's text counts as a change of its segment's `transcript`.
 */
export function recordChanges(doc: Y.Doc, update: Uint8Array): EntryChange[] {
  const tally = new ChangeTally();
  const objects = objectsOf(doc);
  const fragment = transcriptOf(doc);
  const onObjects = (events: AnyEvent[]) =>
    events.forEach((event) => noteObjectEvent(tally, event));
  const onTranscript = (events: AnyEvent[]) =>
    events.forEach((event) => noteTranscriptEvent(tally, event, fragment));
  objects.observeDeep(onObjects);
  fragment.observeDeep(onTranscript);
  try {
    Y.applyUpdate(doc, update);
  } finally {
    objects.unobserveDeep(onObjects);
    fragment.unobserveDeep(onTranscript);
  }
  return tally.list();
}
