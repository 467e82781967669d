import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../../shared/doc/origins.ts';

/**
 * Replicas of one document joined by an unreliable network: every local update is queued for every other
 * replica and delivered only when the test says so, in any order, possibly more than once.
 */
export class ReplicaNetwork {
  readonly replicas: readonly Y.Doc[];
  readonly #inboxes: Uint8Array[][];

  constructor(replicaCount: number) {
    this.replicas = Array.from({ length: replicaCount }, (_, index) => {
      const doc = new Y.Doc();
      // Fixed client ids keep a failing case reproducible when fast-check replays it.
      doc.clientID = index + 1;
      return doc;
    });
    this.#inboxes = this.replicas.map(() => []);
    this.replicas.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE_ORIGIN) return;
        this.#inboxes.forEach((inbox, to) => {
          if (to !== from) inbox.push(update);
        });
      });
    });
  }

  /** How many updates are still in flight. */
  get pendingCount(): number {
    return this.#inboxes.reduce((total, inbox) => total + inbox.length, 0);
  }

  /** Delivers one queued update to a replica, chosen by `pick`; a duplicated one stays queued to arrive again. */
  deliver(to: number, pick: number, duplicate: boolean): void {
    const inbox = this.#inboxes[to];
    if (!inbox || inbox.length === 0) return;
    const index = pick % inbox.length;
    const update = inbox[index];
    if (!duplicate) inbox.splice(index, 1);
    if (update) Y.applyUpdate(this.#replica(to), update, REMOTE_ORIGIN);
  }

  /** Sends everything `from` has that `to` lacks, as a reconnecting client's sync step 2 does. */
  resync(from: number, to: number): void {
    if (from === to) return;
    const missing = Y.encodeStateAsUpdate(
      this.#replica(from),
      Y.encodeStateVector(this.#replica(to)),
    );
    Y.applyUpdate(this.#replica(to), missing, REMOTE_ORIGIN);
  }

  /** Delivers every queued update, in an order drawn from `picks` (cycled). */
  flush(picks: readonly number[]): void {
    for (let step = 0; this.pendingCount > 0; step += 1) {
      const pick = picks.length === 0 ? 0 : (picks[step % picks.length] ?? 0) + step;
      const waiting = this.#inboxes.flatMap((inbox, to) => (inbox.length > 0 ? [to] : []));
      this.deliver(waiting[pick % waiting.length] ?? 0, Math.floor(pick / 4), false);
    }
  }

  #replica(index: number): Y.Doc {
    const doc = this.replicas[index];
    if (!doc)
      throw new RangeError(`replica ${index} does not exist; there are ${this.replicas.length}`);
    return doc;
  }
}
