import type { RecordVersions } from '../../schema/schemaVersions.ts';
import { currentRecordVersions, DOCUMENT_SCHEMA_VERSION } from '../../schema/schemaVersions.ts';
import { formatJsonPath } from './formatJsonPath.ts';
import {
  NATIVE_FORMAT,
  NATIVE_FORMAT_VERSION,
  OLDEST_NATIVE_FORMAT_VERSION,
} from './nativeItemSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newer(path: PropertyKey[], found: unknown, known: number): NativeProblem[] {
  if (typeof found !== 'number' || found <= known) return [];
  return [
    {
      path: formatJsonPath(path),
      message: `version ${found} is newer than this server understands (${known}); update Concord to import this file`,
    },
  ];
}

function newerRecordVersions(path: PropertyKey[], found: unknown): NativeProblem[] {
  if (!isObject(found)) return [];
  const known: RecordVersions = currentRecordVersions();
  return Object.entries(found).flatMap(([type, version]) =>
    newer([...path, type], version, known[type] ?? 0),
  );
}

function checkVersions(file: Record<string, unknown>): NativeProblem[] {
  const versions = isObject(file.schemaVersions) ? file.schemaVersions : {};
  const problems = [
    ...newer(['schemaVersions', 'document'], versions.document, DOCUMENT_SCHEMA_VERSION),
    ...newerRecordVersions(['schemaVersions', 'records'], versions.records),
  ];
  const layers = Array.isArray(file.layers) ? (file.layers as unknown[]) : [];
  layers.forEach((layer, index) => {
    const meta = isObject(layer) && isObject(layer.meta) ? layer.meta : {};
    const path = ['layers', index, 'meta'];
    problems.push(
      ...newer([...path, 'schemaVersion'], meta.schemaVersion, DOCUMENT_SCHEMA_VERSION),
    );
    problems.push(...newerRecordVersions([...path, 'recordVersions'], meta.recordVersions));
  });
  return problems;
}

/**
 * What must hold before the records are worth reading: a Concord item file, in a layout (this
 * one or an older one, upgraded by upgradeNativeItem) and at schema versions this build knows. Older schema versions are read as they are: the file's records
 * never carry storage details, and a change to their shape bumps the format version.
 */
export function checkNativeEnvelope(json: unknown): NativeProblem[] {
  if (!isObject(json)) {
    return [{ path: '', message: 'expected a JSON object: this is not a Concord item file' }];
  }
  if (json.format !== NATIVE_FORMAT) {
    const message = `expected "${NATIVE_FORMAT}", got ${JSON.stringify(json.format) ?? 'nothing'}: this is not a Concord item file`;
    return [{ path: 'format', message }];
  }
  const version = json.version;
  const known =
    Number.isInteger(version) &&
    (version as number) >= OLDEST_NATIVE_FORMAT_VERSION &&
    (version as number) <= NATIVE_FORMAT_VERSION;
  if (!known) {
    const tooNew = typeof version === 'number' && version > NATIVE_FORMAT_VERSION;
    const message = tooNew
      ? `version ${version} is newer than this server reads (${NATIVE_FORMAT_VERSION}); update Concord to import this file`
      : `expected a version from ${OLDEST_NATIVE_FORMAT_VERSION} to ${NATIVE_FORMAT_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}`;
    return [{ path: 'version', message }];
  }
  return checkVersions(json);
}
