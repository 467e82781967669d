import type * as Y from 'yjs';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { Tier } from '../../schema/tier.ts';
import { TIER_KINDS, tierSchema } from '../../schema/tier.ts';
import { readLabelSchema } from '../projectSchemaDoc.ts';
import { ROOT_TIERS } from '../roots.ts';
import { checkEntryName } from './checkEntryName.ts';
import { describeInvalidEntry } from './editSchemaEntry.ts';
import { idFromName } from './idFromName.ts';

/** What a new tier is: a name, a kind, and optionally the tier its segments must lie inside. */
export interface NewTier {
  name: string;
  kind: string;
  /** @default null (a top-level tier) */
  parentId?: string | null;
}

function isTierKind(kind: string): kind is Tier['kind'] {
  return (TIER_KINDS as readonly string[]).includes(kind);
}

/**
 * Adds a timeline tier in one transaction, its id made from its name and unique among tiers;
 * refused when the name is empty or taken, the kind unknown, or the parent tier missing.
 */
export function addTier(doc: Y.Doc, input: NewTier, origin: unknown): Result<Tier> {
  return doc.transact((): Result<Tier> => {
    const entries = doc.getMap<unknown>(ROOT_TIERS);
    const { tiers } = readLabelSchema(doc);
    const name = checkEntryName(input.name, 'tier', tiers);
    if (!name.ok) return name;
    if (!isTierKind(input.kind)) {
      return fail(`tier kind ${JSON.stringify(input.kind)} is not one of ${TIER_KINDS.join(', ')}`);
    }
    const parentId = input.parentId ?? null;
    if (parentId !== null && !tiers.some((tier) => tier.id === parentId)) {
      return fail(`there is no tier with id ${JSON.stringify(parentId)} to hold ${name.value}`);
    }
    const id = idFromName(name.value, 'tier', (candidate) => entries.has(candidate));
    const tier: Tier = {
      id,
      name: name.value,
      kind: input.kind,
      ...(parentId === null ? {} : { parentId }),
    };
    const checked = tierSchema.safeParse(tier);
    if (!checked.success) return fail(describeInvalidEntry('tier', id, checked.error));
    entries.set(id, tier);
    return ok(tier);
  }, origin);
}
