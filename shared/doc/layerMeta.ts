import type * as Y from 'yjs';
import type { RecordVersions } from '../schema/schemaVersions.ts';
import { currentRecordVersions, DOCUMENT_SCHEMA_VERSION } from '../schema/schemaVersions.ts';
import { metaOf } from './layerRoots.ts';
import { META_RECORD_VERSIONS, META_SCHEMA_VERSION } from './roots.ts';

/** The schema versions a document was last written at; an unstamped document reads as version 0. */
export interface DocumentVersions {
  schemaVersion: number;
  recordVersions: RecordVersions;
}

/** Reads the versions stamped in `meta`. */
export function readDocumentVersions(doc: Y.Doc): DocumentVersions {
  const meta = metaOf(doc);
  const schemaVersion = meta.get(META_SCHEMA_VERSION);
  const recordVersions = meta.get(META_RECORD_VERSIONS);
  return {
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
    recordVersions:
      recordVersions && typeof recordVersions === 'object'
        ? { ...(recordVersions as RecordVersions) }
        : {},
  };
}

/** True when the document is stamped with exactly this build's versions. */
export function isCurrent(doc: Y.Doc): boolean {
  const versions = readDocumentVersions(doc);
  const current = currentRecordVersions();
  return (
    versions.schemaVersion === DOCUMENT_SCHEMA_VERSION &&
    Object.entries(current).every(([type, version]) => versions.recordVersions[type] === version)
  );
}

/** Stamps `meta` with this build's versions (and the ids it belongs to) when they differ. */
export function stampDocument(doc: Y.Doc, ids: Record<string, string>, origin: unknown): void {
  if (isCurrent(doc) && Object.entries(ids).every(([key, value]) => metaOf(doc).get(key) === value))
    return;
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set(META_SCHEMA_VERSION, DOCUMENT_SCHEMA_VERSION);
    meta.set(META_RECORD_VERSIONS, currentRecordVersions());
    for (const [key, value] of Object.entries(ids))
      if (meta.get(key) !== value) meta.set(key, value);
  }, origin);
}
