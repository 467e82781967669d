import { readLayer } from '../../shared/doc/readLayer.ts';
import type { HistoryStateResponse } from '../../shared/protocol/history.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { readUtteranceTexts } from './readUtteranceTexts.ts';
import { replayLayerAt } from './replayLayerAt.ts';

/** A layer as it stood at `atMs`: its normalised snapshot and the transcript text per utterance. */
export async function layerStateAt(
  store: Pick<DocumentStore, 'readLog' | 'checkpointAsOf'>,
  documentName: string,
  atMs: number,
): Promise<HistoryStateResponse & { skippedSeqs: number[] }> {
  const replayed = await replayLayerAt(store, documentName, atMs);
  try {
    return {
      atMs,
      throughSeq: replayed.throughSeq,
      snapshot: readLayer(replayed.doc),
      utterances: readUtteranceTexts(replayed.doc),
      skippedSeqs: replayed.skippedSeqs,
    };
  } finally {
    replayed.doc.destroy();
  }
}
