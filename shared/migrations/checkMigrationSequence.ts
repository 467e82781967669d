import type { MigrationSequence } from './MigrationSequence.ts';

const VERB_NAME =
  /^(Add|Remove|Rename|Change|Convert|Split|Merge|Move|Drop|Set|Normalise|Replace)[A-Z][A-Za-z0-9]*$/;

/** Problems with a sequence: numbering must run 1, 2, 3… and every name must start with a verb. */
export function checkMigrationSequence(sequence: MigrationSequence): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  sequence.migrations.forEach((migration, index) => {
    const where = `${sequence.recordType} migration ${migration.name || index + 1}`;
    if (migration.version !== index + 1) {
      problems.push(`${where} has version ${migration.version}, expected ${index + 1}`);
    }
    if (!VERB_NAME.test(migration.name)) {
      problems.push(`${where} is not verb-named (e.g. AddOccluded, RenameSpeaker)`);
    }
    if (names.has(migration.name)) problems.push(`${where} is named twice`);
    names.add(migration.name);
  });
  return problems;
}
