import type { LayerSnapshot } from '../doc/readLayer.ts';

/** Who wrote a log entry; null for writes the server made on its own (migration stamps, seeding). */
export interface HistoryAuthor {
  id: string;
  name: string;
}

/** One utterance's text as it stood, in transcript order; `segmentId` is null for an unbound block. */
export interface UtteranceText {
  segmentId: string | null;
  text: string;
}

/** GET …/history/state?at= : the layer as it was once every update received by `atMs` was applied. */
export interface HistoryStateResponse {
  atMs: number;
  /** The last log entry the state includes; 0 when the layer had no entry yet. */
  throughSeq: number;
  snapshot: LayerSnapshot;
  utterances: UtteranceText[];
}

/** What one log entry did to one object. */
export type ObjectChangeKind = 'created' | 'changed' | 'deleted';

/** One object touched by one log entry, attributed to the entry's author and time. */
export interface ObjectChange {
  seq: number;
  atMs: number;
  user: HistoryAuthor | null;
  objectId: string;
  kind: ObjectChangeKind;
  /**
   * Fields a change touched, dotted for nested ones (`labelId`, `keyframes.120`); `transcript`
   * means the utterance text bound to the segment. Empty for created and deleted objects.
   */
  fields: string[];
}

/** GET …/history/changes?from=&to=&objectId= */
export interface HistoryChangesResponse {
  fromMs: number;
  toMs: number;
  changes: ObjectChange[];
  /** True when the window held more changes than were returned; narrow it to see the rest. */
  truncated: boolean;
}

/** One log entry on the history slider. */
export interface TimelineEntry {
  seq: number;
  atMs: number;
  user: HistoryAuthor | null;
}

/** GET …/history/timeline?afterSeq=&limit= */
export interface HistoryTimelineResponse {
  entries: TimelineEntry[];
  /** Pass as `afterSeq` for the next page; null when this page reached the end of the log. */
  nextAfterSeq: number | null;
}

/** POST …/history/restore */
export interface HistoryRestoreRequest {
  /** Milliseconds since the epoch, or an ISO 8601 time with a zone. */
  at: number | string;
  /** Restore only this object; the whole layer when absent. */
  objectId?: string;
}

/** What a restore wrote: a new edit, attributed to the restoring user. */
export interface HistoryRestoreResponse {
  atMs: number;
  /** Objects the restore created, changed or deleted. */
  objectIds: string[];
  /** Whether the restore rewrote part of the transcript text. */
  transcriptChanged: boolean;
  /** Whether the restore put back links or instruction items. */
  linksChanged: boolean;
  /** False when the layer already matched the state at `atMs`: nothing was written. */
  written: boolean;
}
