import type * as Y from 'yjs';
import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';

/** What the editor's keys and node views need from the pane, kept current on every render. */
export interface TranscriptContext {
  doc: Y.Doc;
  segmentsById: ReadonlyMap<string, SegmentView>;
  playheadMs: number;
  canWrite: boolean;
  author: () => Author;
  transcriptTierId: string | null;
  /** Id of the datalist of speakers already named in this transcript. */
  knownSpeakersListId: string;
  onSeek(ms: number): void;
  onError(message: string): void;
  setSpeaker(segmentId: string, speaker: string | null): void;
  /** Speakers already named in this transcript, sorted: Alt+1… picks them. */
  speakers: readonly string[];
  /** The media player, driven from the keyboard while typing. */
  player: TranscriptPlayer;
}

/** What transcription keys do to playback. */
export interface TranscriptPlayer {
  togglePlay(): void;
  seekBy(ms: number): void;
  /** One offered rate slower (-1) or faster (+1). */
  stepRate(direction: 1 | -1): void;
}

/** A tiny external store, so node views re-render from the pane's props without recreating the editor. */
export interface TranscriptContextStore {
  get(): TranscriptContext;
  set(next: TranscriptContext): void;
  subscribe(listener: () => void): () => void;
}

/** Creates the store with its first value. */
export function createTranscriptContextStore(initial: TranscriptContext): TranscriptContextStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
