import type { HocuspocusProvider } from '@hocuspocus/provider';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import type { LayerSnapshot } from '../../../shared/doc/readLayer.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';

export type Edit =
  { kind: 'segment'; id: string } | { kind: 'keyframe'; trackId: string; frame: number };

/** A client that edits on a timer and remembers which of its edits the server acknowledged. */
export class EditingClient {
  readonly made: Edit[] = [];
  acknowledgedCount = 0;
  private readonly provider: HocuspocusProvider;
  private readonly userId: string;
  private readonly trackId: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(provider: HocuspocusProvider, userId: string) {
    this.provider = provider;
    this.userId = userId;
    this.trackId = `track-${userId}`;
    // Every change sent so far is acknowledged once the count is back to 0.
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) this.acknowledgedCount = this.made.length;
    });
  }

  start(intervalMs: number): void {
    const doc = this.provider.document;
    const author = { userId: this.userId, nowMs: Date.now() };
    createTrack(
      doc,
      { id: this.trackId, labelId: null, frame: 0, box: { x: 0, y: 0, w: 10, h: 10 } },
      author,
      LOCAL_ORIGIN,
    );
    this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: 0 });
    this.timer = setInterval(() => this.editOnce(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  missingFrom(layer: LayerSnapshot): Edit[] {
    return this.made
      .slice(0, this.acknowledgedCount)
      .filter((edit) =>
        edit.kind === 'segment'
          ? !layer.segments.some((segment) => segment.id === edit.id)
          : !layer.tracks
              .find((track) => track.id === edit.trackId)
              ?.keyframes.some((key) => key.frame === edit.frame),
      );
  }

  private editOnce(): void {
    const doc = this.provider.document;
    const author = { userId: this.userId, nowMs: Date.now() };
    const index = this.made.length;
    if (index % 2 === 0) {
      const id = `seg-${this.userId}-${index}`;
      createSegment(
        doc,
        {
          id,
          tierId: 'words',
          startMs: index * 10,
          endMs: index * 10 + 5,
          labelId: null,
          speaker: null,
        },
        author,
        LOCAL_ORIGIN,
      );
      this.made.push({ kind: 'segment', id });
    } else {
      setKeyframe(
        doc,
        this.trackId,
        index,
        { box: { x: index, y: index, w: 10, h: 10 }, outside: false },
        author,
        LOCAL_ORIGIN,
      );
      this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: index });
    }
  }
}
