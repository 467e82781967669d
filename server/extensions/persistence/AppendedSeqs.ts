/**
 * The log seq of the update each connection most recently had appended, so a hook that runs
 * once the update is applied (the schema audit) can refer to its log entry.
 */
export class AppendedSeqs {
  private readonly seqs = new WeakMap<object, number>();

  remember(connection: object, seq: number): void {
    this.seqs.set(connection, seq);
  }

  /** The seq appended for the connection's current update, once; null when nothing was appended. */
  take(connection: object): number | null {
    const seq = this.seqs.get(connection);
    this.seqs.delete(connection);
    return seq ?? null;
  }
}
