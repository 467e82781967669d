import type { YRecord } from '../../../shared/doc/layerRoots.ts';
import { moveKeyframesIntoBase } from '../../../shared/doc/moveKeyframesIntoBase.ts';

/** Carries out one record migration on a live record, in place; returns whether it wrote anything. */
export type InPlaceMigration = (record: YRecord) => boolean;

/**
 * The Yjs counterpart of every record migration in shared/schema, by record type and version: each
 * does to a record inside the document what the migration's `up` does to its JSON, without
 * replacing the record or its nested types.
 */
export const IN_PLACE_MIGRATIONS: Readonly<
  Record<string, Readonly<Record<number, InPlaceMigration>>>
> = {
  track: { 1: moveKeyframesIntoBase },
};
