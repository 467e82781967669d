import type * as Y from 'yjs';

/** The root of the `final` layer document that says, by object id, where each object came from. */
export const ROOT_PROVENANCE = 'provenance';

/** Someone who decided, as stored: the id to audit by and the name to show. */
export interface DecidedBy {
  userId: string;
  name: string;
}

/** Where one object of `final` came from: the layer whose version was accepted, why, who and when. */
export interface FinalProvenance {
  objectId: string;
  sourceLayer: string;
  /** The disagreement the decision settled; null when the object was accepted outside one. */
  disagreementId: string | null;
  decidedBy: DecidedBy;
  decidedAtMs: number;
}

/** The `provenance` root of a `final` layer document. */
export function provenanceOf(doc: Y.Doc): Y.Map<FinalProvenance> {
  return doc.getMap<FinalProvenance>(ROOT_PROVENANCE);
}

function isProvenance(value: unknown, objectId: string): value is FinalProvenance {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Partial<FinalProvenance>;
  return (
    entry.objectId === objectId &&
    typeof entry.sourceLayer === 'string' &&
    (entry.disagreementId === null || typeof entry.disagreementId === 'string') &&
    typeof entry.decidedBy?.userId === 'string' &&
    typeof entry.decidedBy.name === 'string' &&
    typeof entry.decidedAtMs === 'number' &&
    Number.isFinite(entry.decidedAtMs)
  );
}

/** The provenance of `final`'s objects by object id; malformed entries are left out. */
export function readProvenance(doc: Y.Doc): ReadonlyMap<string, FinalProvenance> {
  const entries = new Map<string, FinalProvenance>();
  for (const [objectId, value] of provenanceOf(doc).entries()) {
    if (isProvenance(value, objectId)) entries.set(objectId, value);
  }
  return entries;
}
