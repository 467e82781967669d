/** A JSON object as stored: migrations see plain data, never Yjs types. */
export type JsonObject = { [key: string]: unknown };

/** One numbered step that turns a record of version `version - 1` into version `version`. */
export interface Migration {
  version: number;
  /** Verb-named after what it does to the record, e.g. `AddOccluded`. */
  name: string;
  up: (record: JsonObject) => JsonObject;
}

/** The ordered migrations of one record type; its current version is the last migration's number (0 with none). */
export interface MigrationSequence {
  recordType: string;
  migrations: readonly Migration[];
}
