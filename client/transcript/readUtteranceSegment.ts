import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** The fields of an utterance's segment a split or merge carries over. */
export interface UtteranceSegment {
  id: string;
  tierId: string;
  startMs: number;
  endMs: number;
  labelId: string | null;
  speaker: string | null;
}

function wholeMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(0, Math.round(value))
    : null;
}

function nullableText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads the segment an utterance is bound to, with its ends in order, or says why it cannot. */
export function readUtteranceSegment(doc: Y.Doc, segmentId: string): Result<UtteranceSegment> {
  const record = objectsOf(doc).get(segmentId);
  if (!(record instanceof Y.Map) || record.get('kind') !== 'segment') {
    return fail(
      `the utterance's segment ${segmentId} no longer exists; its text has no time range`,
    );
  }
  const startMs = wholeMs(record.get('startMs'));
  const endMs = wholeMs(record.get('endMs'));
  const tierId = record.get('tierId');
  if (startMs === null || endMs === null || typeof tierId !== 'string') {
    return fail(
      `segment ${segmentId} has no readable time range or tier; fix it on the timeline first`,
    );
  }
  return ok({
    id: segmentId,
    tierId,
    startMs: Math.min(startMs, endMs),
    endMs: Math.max(startMs, endMs),
    labelId: nullableText(record.get('labelId')),
    speaker: nullableText(record.get('speaker')),
  });
}
