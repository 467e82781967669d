import type * as Y from 'yjs';
import type { z } from 'zod';
import type { Label } from '../schema/labelSchema.ts';
import { labelSchema } from '../schema/labelSchema.ts';
import type { RelationType } from '../schema/relationType.ts';
import { relationTypeSchema } from '../schema/relationType.ts';
import type { Skeleton } from '../schema/skeleton.ts';
import { skeletonSchema } from '../schema/skeleton.ts';
import type { Tier } from '../schema/tier.ts';
import { tierSchema } from '../schema/tier.ts';
import type { Violation } from './readLayer.ts';
import { ROOT_LABELS, ROOT_RELATION_TYPES, ROOT_SKELETONS, ROOT_TIERS } from './roots.ts';

/** A project's label schema as read from `<projectId>/_/schema`. */
export interface LabelSchemaSnapshot {
  labels: readonly Label[];
  tiers: readonly Tier[];
  skeletons: readonly Skeleton[];
  relationTypes: readonly RelationType[];
  violations: readonly Violation[];
}

/** What writeLabelSchema adds or replaces. */
export interface LabelSchemaEntries {
  labels?: readonly Label[];
  tiers?: readonly Tier[];
  skeletons?: readonly Skeleton[];
  relationTypes?: readonly RelationType[];
}

function byName<T extends { name: string; id: string }>(left: T, right: T): number {
  return left.name.localeCompare(right.name) || (left.id < right.id ? -1 : 1);
}

const ENTRY_NOUNS: Readonly<Record<string, string>> = {
  [ROOT_LABELS]: 'label',
  [ROOT_TIERS]: 'tier',
  [ROOT_SKELETONS]: 'skeleton',
  [ROOT_RELATION_TYPES]: 'relation type',
};

/** The valid entries of one root, sorted by name; malformed ones are reported. */
function readEntries<T extends { id: string; name: string }>(
  doc: Y.Doc,
  root: string,
  schema: z.ZodType<T>,
  violations: Violation[],
): T[] {
  const entries: T[] = [];
  for (const [id, value] of doc.getMap<unknown>(root).entries()) {
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data.id === id) entries.push(parsed.data);
    else {
      const message = `${ENTRY_NOUNS[root] ?? root} ${id} is malformed; ignored`;
      violations.push({ recordId: id, field: root, message });
    }
  }
  return entries.sort(byName);
}

/** Reads labels, tiers, skeleton templates and relation types; malformed entries are reported and left out. */
export function readLabelSchema(doc: Y.Doc): LabelSchemaSnapshot {
  const violations: Violation[] = [];
  return {
    labels: readEntries(doc, ROOT_LABELS, labelSchema, violations),
    tiers: readEntries(doc, ROOT_TIERS, tierSchema, violations),
    skeletons: readEntries(doc, ROOT_SKELETONS, skeletonSchema, violations),
    relationTypes: readEntries(doc, ROOT_RELATION_TYPES, relationTypeSchema, violations),
    violations,
  };
}

/** Adds or replaces schema entries (each validated first) in one transaction. */
export function writeLabelSchema(doc: Y.Doc, entries: LabelSchemaEntries, origin: unknown): void {
  const parsed: [string, { id: string }[]][] = [
    [ROOT_LABELS, (entries.labels ?? []).map((entry) => labelSchema.parse(entry))],
    [ROOT_TIERS, (entries.tiers ?? []).map((entry) => tierSchema.parse(entry))],
    [ROOT_SKELETONS, (entries.skeletons ?? []).map((entry) => skeletonSchema.parse(entry))],
    [
      ROOT_RELATION_TYPES,
      (entries.relationTypes ?? []).map((entry) => relationTypeSchema.parse(entry)),
    ],
  ];
  doc.transact(() => {
    for (const [root, values] of parsed) {
      for (const value of values) doc.getMap<unknown>(root).set(value.id, value);
    }
  }, origin);
}
