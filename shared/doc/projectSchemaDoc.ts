import type * as Y from 'yjs';
import type { Label } from '../schema/labelSchema.ts';
import { labelSchema } from '../schema/labelSchema.ts';
import type { Tier } from '../schema/tier.ts';
import { tierSchema } from '../schema/tier.ts';
import type { Violation } from './readLayer.ts';
import { ROOT_LABELS, ROOT_TIERS } from './roots.ts';

/** A project's label schema as read from `<projectId>/_/schema`. */
export interface LabelSchemaSnapshot {
  labels: readonly Label[];
  tiers: readonly Tier[];
  violations: readonly Violation[];
}

function byName<T extends { name: string; id: string }>(left: T, right: T): number {
  return left.name.localeCompare(right.name) || (left.id < right.id ? -1 : 1);
}

/** Reads labels and tiers; malformed entries are reported and left out. */
export function readLabelSchema(doc: Y.Doc): LabelSchemaSnapshot {
  const violations: Violation[] = [];
  const labels: Label[] = [];
  const tiers: Tier[] = [];
  for (const [id, value] of doc.getMap<unknown>(ROOT_LABELS).entries()) {
    const parsed = labelSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id) labels.push(parsed.data);
    else
      violations.push({
        recordId: id,
        field: ROOT_LABELS,
        message: `label ${id} is malformed; ignored`,
      });
  }
  for (const [id, value] of doc.getMap<unknown>(ROOT_TIERS).entries()) {
    const parsed = tierSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id) tiers.push(parsed.data);
    else
      violations.push({
        recordId: id,
        field: ROOT_TIERS,
        message: `tier ${id} is malformed; ignored`,
      });
  }
  return { labels: labels.sort(byName), tiers: tiers.sort(byName), violations };
}

/** Adds or replaces labels and tiers (validated) in one transaction. */
export function writeLabelSchema(
  doc: Y.Doc,
  entries: { labels?: readonly Label[]; tiers?: readonly Tier[] },
  origin: unknown,
): void {
  const labels = (entries.labels ?? []).map((label) => labelSchema.parse(label));
  const tiers = (entries.tiers ?? []).map((tier) => tierSchema.parse(tier));
  doc.transact(() => {
    for (const label of labels) doc.getMap<Label>(ROOT_LABELS).set(label.id, label);
    for (const tier of tiers) doc.getMap<Tier>(ROOT_TIERS).set(tier.id, tier);
  }, origin);
}
