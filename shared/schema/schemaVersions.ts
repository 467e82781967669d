import { checkMigrationSequence } from '../migrations/checkMigrationSequence.ts';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';
import { currentVersion } from '../migrations/migrateRecord.ts';
import { labelMigrations } from './labelSchema.ts';
import { segmentMigrations } from './segment.ts';
import { tierMigrations } from './tier.ts';
import { trackMigrations } from './track.ts';

/** Version of the document layout as a whole (roots and their meaning). */
export const DOCUMENT_SCHEMA_VERSION = 1;

/** Every persisted record type's migrations, by record type. */
export const MIGRATION_SEQUENCES: Readonly<Record<string, MigrationSequence>> = {
  track: trackMigrations,
  segment: segmentMigrations,
  label: labelMigrations,
  tier: tierMigrations,
};

/** Record versions this build writes, as stored in a document's `meta`. */
export type RecordVersions = Record<string, number>;

/** The record versions of this build. */
export function currentRecordVersions(): RecordVersions {
  return Object.fromEntries(
    Object.entries(MIGRATION_SEQUENCES).map(([type, sequence]) => [type, currentVersion(sequence)]),
  );
}

const problems = Object.values(MIGRATION_SEQUENCES).flatMap(checkMigrationSequence);
if (problems.length > 0) {
  // A malformed migration list is a build defect: refuse to load rather than corrupt documents.
  throw new Error(`Concord schema migrations are malformed:\n${problems.join('\n')}`);
}
