import type { HocuspocusProvider } from '@hocuspocus/provider';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import type { LayerSnapshot } from '../../../shared/doc/readLayer.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';

/** One edit a client made, findable in a layer snapshot. */
export type Edit =
  { kind: 'segment'; id: string } | { kind: 'keyframe'; trackId: string; frame: number };

function layerHas(layer: LayerSnapshot, edit: Edit): boolean {
  if (edit.kind === 'segment') return layer.segments.some((segment) => segment.id === edit.id);
  return (
    layer.tracks
      .find((track) => track.id === edit.trackId)
      ?.keyframes.some((keyframe) => keyframe.frame === edit.frame) ?? false
  );
}

/**
 * A person editing on a timer: alternately a new segment and a new keyframe on their own track.
 * Remembers every edit in order and how many of them the server has acknowledged (the provider's
 * unsynced count back at 0 means everything sent so far is on disk).
 */
export class EditingClient {
  readonly made: Edit[] = [];
  acknowledgedCount = 0;
  readonly provider: HocuspocusProvider;
  private readonly userId: string;
  private readonly trackId: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(provider: HocuspocusProvider, userId: string) {
    this.provider = provider;
    this.userId = userId;
    this.trackId = `track-${userId}`;
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) this.acknowledgedCount = this.made.length;
    });
  }

  start(intervalMs: number): void {
    createTrack(
      this.provider.document,
      { id: this.trackId, labelId: null, frame: 0, box: { x: 0, y: 0, w: 10, h: 10 } },
      { userId: this.userId, nowMs: Date.now() },
      LOCAL_ORIGIN,
    );
    this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: 0 });
    this.timer = setInterval(() => this.editOnce(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The first `count` edits (by default every acknowledged one) that `layer` lacks. */
  missingFrom(layer: LayerSnapshot, count = this.acknowledgedCount): Edit[] {
    return this.made.slice(0, count).filter((edit) => !layerHas(layer, edit));
  }

  private editOnce(): void {
    const doc = this.provider.document;
    const author = { userId: this.userId, nowMs: Date.now() };
    const index = this.made.length;
    if (index % 2 === 0) {
      const id = `seg-${this.userId}-${index}`;
      const segment = { id, tierId: 'words', startMs: index * 10, endMs: index * 10 + 5 };
      createSegment(doc, { ...segment, labelId: null, speaker: null }, author, LOCAL_ORIGIN);
      this.made.push({ kind: 'segment', id });
      return;
    }
    const keyframe = { box: { x: index, y: index, w: 10, h: 10 }, outside: false };
    setKeyframe(doc, this.trackId, index, keyframe, author, LOCAL_ORIGIN);
    this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: index });
  }
}
