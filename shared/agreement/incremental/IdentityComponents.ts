import type { WeightedPair } from '../spatial/AssignmentGraph.ts';
import { solveAssignmentByGroups } from '../spatial/solveAssignmentByGroups.ts';

/** A connected group of tracks (left ids `L…`, right ids `R…`) and its best identification's frames. */
interface Component {
  members: string[];
  idtp: number;
}

function byText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * How often each left and right track matched (whole frames), kept up to date one frame at a time,
 * and the frames of the best one-to-one identification (IDTP): re-solved only for the connected
 * groups of tracks whose counts changed, so its total is the whole solve's, as an exact integer.
 */
export class IdentityComponents {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly componentOf = new Map<string, Component>();
  private readonly touched = new Set<string>();
  private total = 0;

  /** Adds (or with -1 removes) one frame on which the two tracks matched. */
  count(leftId: string, rightId: string, delta: number): void {
    const [left, right] = [`L${leftId}`, `R${rightId}`];
    this.bump(left, right, delta);
    this.bump(right, left, delta);
    this.touched.add(left).add(right);
  }

  /** IDTP: the frames the best identification of tracks agrees on. */
  idtp(): number {
    this.settle();
    return this.total;
  }

  private bump(node: string, other: string, delta: number): void {
    const partners = this.counts.get(node) ?? new Map<string, number>();
    const count = (partners.get(other) ?? 0) + delta;
    if (count === 0) partners.delete(other);
    else partners.set(other, count);
    if (partners.size === 0) this.counts.delete(node);
    else this.counts.set(node, partners);
  }

  private settle(): void {
    const seeds = new Set<string>();
    for (const node of this.touched) {
      const component = this.componentOf.get(node);
      if (!component) {
        seeds.add(node);
        continue;
      }
      this.total -= component.idtp;
      for (const member of component.members) {
        this.componentOf.delete(member);
        seeds.add(member);
      }
    }
    this.touched.clear();
    for (const seed of seeds) {
      if (this.componentOf.has(seed) || !this.counts.has(seed)) continue;
      const component = this.solve(this.reach(seed));
      for (const member of component.members) this.componentOf.set(member, component);
      this.total += component.idtp;
    }
  }

  private reach(seed: string): string[] {
    const seen = new Set([seed]);
    const queue = [seed];
    for (let index = 0; index < queue.length; index += 1) {
      for (const other of (this.counts.get(queue[index] as string) as Map<string, number>).keys()) {
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
      }
    }
    return queue;
  }

  private solve(members: string[]): Component {
    const lefts = members.filter((node) => node.startsWith('L')).sort(byText);
    const rights = members.filter((node) => node.startsWith('R')).sort(byText);
    const rightIndex = new Map(rights.map((node, index) => [node, index]));
    const pairs: WeightedPair[] = lefts.flatMap((node, left) =>
      [...(this.counts.get(node) as Map<string, number>)].map(([other, weight]) => ({
        left,
        right: rightIndex.get(other) as number,
        weight,
      })),
    );
    const chosen = solveAssignmentByGroups(lefts.length, rights.length, pairs);
    const idtp = chosen.reduce(
      (sum, { left, right }) =>
        sum +
        ((this.counts.get(lefts[left] as string) as Map<string, number>).get(
          rights[right] as string,
        ) as number),
      0,
    );
    return { members, idtp };
  }
}
