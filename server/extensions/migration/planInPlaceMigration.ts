import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import type { RecordVersions } from '../../../shared/schema/schemaVersions.ts';
import { MIGRATION_SEQUENCES } from '../../../shared/schema/schemaVersions.ts';
import type { InPlaceMigration } from './inPlaceMigrations.ts';
import { IN_PLACE_MIGRATIONS } from './inPlaceMigrations.ts';

/** The in-place migrations each record kind needs, in order; empty when the document is current. */
export type InPlacePlan = ReadonlyMap<string, readonly InPlaceMigration[]>;

/**
 * What it takes to bring records stamped at `stored` versions to this build's, decided before
 * anything is written. A document from a newer build, or a migration without its in-place
 * counterpart, is refused rather than half-migrated.
 */
export function planInPlaceMigration(stored: RecordVersions): Result<InPlacePlan> {
  const plan = new Map<string, InPlaceMigration[]>();
  for (const [recordType, sequence] of Object.entries(MIGRATION_SEQUENCES)) {
    const from = stored[recordType] ?? 0;
    const target = sequence.migrations.length;
    if (from > target) {
      return fail(
        `${recordType} records are at version ${from}, newer than this build understands (${target})`,
      );
    }
    const steps: InPlaceMigration[] = [];
    for (const migration of sequence.migrations.slice(from)) {
      const step = IN_PLACE_MIGRATIONS[recordType]?.[migration.version];
      if (!step) {
        return fail(
          `${recordType} migration ${migration.version} (${migration.name}) has no in-place counterpart`,
        );
      }
      steps.push(step);
    }
    if (steps.length > 0) plan.set(recordType, steps);
  }
  return ok(plan);
}
