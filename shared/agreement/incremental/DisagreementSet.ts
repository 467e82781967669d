import type { Disagreement } from '../Disagreement.ts';

/** The current disagreements of an item by id, and the ids changed since they were last taken. */
export class DisagreementSet {
  private readonly current = new Map<string, Disagreement>();
  private readonly changed = new Set<string>();

  /** Replaces what one source (a finding, a track's switches, a tier) contributed. */
  replace(before: readonly Disagreement[], after: readonly Disagreement[]): void {
    for (const entry of before) {
      this.current.delete(entry.id);
      this.changed.add(entry.id);
    }
    for (const entry of after) {
      this.current.set(entry.id, entry);
      this.changed.add(entry.id);
    }
  }

  /** Every current disagreement, most severe first, then by id. */
  ranked(): Disagreement[] {
    return [...this.current.values()].sort(
      (a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** What changed since the last call: entries now present (new or changed) and ids now gone. */
  takeChanges(): { upserts: Disagreement[]; removals: string[] } {
    const upserts: Disagreement[] = [];
    const removals: string[] = [];
    for (const id of this.changed) {
      const entry = this.current.get(id);
      if (entry) upserts.push(entry);
      else removals.push(id);
    }
    this.changed.clear();
    return { upserts, removals };
  }
}
