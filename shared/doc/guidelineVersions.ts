import type * as Y from 'yjs';
import type { GuidelineVersion } from '../schema/guidelineVersion.ts';
import { guidelineVersionNameSchema, guidelineVersionSchema } from '../schema/guidelineVersion.ts';
import { newRecordId } from '../schema/ids.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { readGuidelineContent } from './guidelineContent.ts';
import { ROOT_GUIDELINES_VERSIONS } from './guidelineRoots.ts';
import type { Violation } from './readLayer.ts';

/** The named versions of a guidelines document, oldest first, and what was wrong with the stored ones. */
export interface GuidelineVersionsReading {
  versions: readonly GuidelineVersion[];
  violations: readonly Violation[];
}

/** What saving a version needs besides the document. */
export interface SaveGuidelineVersionRequest {
  name: string;
  author: { userId: string; name: string };
  nowMs: number;
  /** The new version's id; a fresh random one by default. */
  id?: string;
}

/** Names compare without case and with runs of spaces as one, so "round 1" and "Round  1" clash. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function versionsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(ROOT_GUIDELINES_VERSIONS);
}

/** A name that two trainers saved at the same moment gets a suffix, so names stay unique on every replica alike. */
function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(nameKey(name))) return name;
  let count = 2;
  while (taken.has(nameKey(`${name} (${count})`))) count += 1;
  return `${name} (${count})`;
}

/** Reads every valid version in stored order; malformed entries and clashing names are reported, never thrown. */
export function readGuidelineVersions(doc: Y.Doc): GuidelineVersionsReading {
  const versions: GuidelineVersion[] = [];
  const violations: Violation[] = [];
  const takenNames = new Set<string>();
  const takenIds = new Set<string>();
  versionsArray(doc).forEach((value, index) => {
    const parsed = guidelineVersionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      const message = `version ${index + 1} is malformed${where}: ${issue?.message ?? 'unknown problem'}; ignored`;
      violations.push({ recordId: `#${index}`, field: ROOT_GUIDELINES_VERSIONS, message });
      return;
    }
    const version = parsed.data;
    if (takenIds.has(version.id)) {
      const message = `version ${index + 1} repeats the id ${version.id}; ignored`;
      violations.push({ recordId: version.id, field: 'id', message });
      return;
    }
    const name = uniqueName(version.name, takenNames);
    if (name !== version.name) {
      const message = `two versions are named "${version.name}"; the later one is shown as "${name}"`;
      violations.push({ recordId: version.id, field: 'name', message });
    }
    takenIds.add(version.id);
    takenNames.add(nameKey(name));
    versions.push(name === version.name ? version : { ...version, name });
  });
  return { versions, violations };
}

/** Checks a name for a new version: trimmed, non-empty, short enough and not used by another version. */
export function checkGuidelineVersionName(doc: Y.Doc, name: string): Result<string> {
  const parsed = guidelineVersionNameSchema.safeParse(name);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'the name is not valid');
  const key = nameKey(parsed.data);
  const clash = readGuidelineVersions(doc).versions.find(
    (version) => nameKey(version.name) === key,
  );
  if (clash) return fail(`a version named "${clash.name}" already exists; choose another name`);
  return ok(parsed.data);
}

/** Saves the current guidelines text as a named version, in one transaction with `origin`. */
export function saveGuidelineVersion(
  doc: Y.Doc,
  request: SaveGuidelineVersionRequest,
  origin: unknown,
): Result<GuidelineVersion> {
  const name = checkGuidelineVersionName(doc, request.name);
  if (!name.ok) return name;
  const candidate = {
    id: request.id ?? newRecordId(),
    name: name.value,
    savedAtMs: Math.round(request.nowMs),
    savedBy: request.author.userId,
    savedByName: request.author.name,
    content: readGuidelineContent(doc),
  };
  const parsed = guidelineVersionSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`the version cannot be saved: ${issue?.path.join('.')} ${issue?.message}`);
  }
  if (readGuidelineVersions(doc).versions.some((version) => version.id === parsed.data.id)) {
    return fail(`a version with the id ${parsed.data.id} already exists`);
  }
  doc.transact(() => versionsArray(doc).push([parsed.data]), origin);
  return ok(parsed.data);
}
