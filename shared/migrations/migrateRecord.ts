import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type { JsonObject, MigrationSequence } from './MigrationSequence.ts';

/** The version records of this type are written at today. */
export function currentVersion(sequence: MigrationSequence): number {
  return sequence.migrations.length;
}

/** Runs every migration after `fromVersion` in order; a record from a newer schema is refused, not guessed at. */
export function migrateRecord(
  sequence: MigrationSequence,
  record: JsonObject,
  fromVersion: number,
): Result<JsonObject> {
  const target = currentVersion(sequence);
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    return fail(`${sequence.recordType} version ${String(fromVersion)} is not a version number`);
  }
  if (fromVersion > target) {
    return fail(
      `${sequence.recordType} version ${fromVersion} is newer than this build understands (${target}); reload to update`,
    );
  }
  let migrated = record;
  for (const migration of sequence.migrations.slice(fromVersion)) {
    try {
      migrated = migration.up(migrated);
    } catch (error) {
      return fail(
        `${sequence.recordType} migration ${migration.version} (${migration.name}) failed: ${String(error)}`,
      );
    }
  }
  return ok(migrated);
}
