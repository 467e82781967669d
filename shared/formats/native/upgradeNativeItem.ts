import { NATIVE_FORMAT_VERSION } from './nativeItemSchema.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1 had no shapes and no links: each layer gains an empty list of links. */
function addLinks(file: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(file.layers)) return file;
  const layers = file.layers.map((layer: unknown) =>
    isObject(layer) ? { ...layer, links: [] } : layer,
  );
  return { ...file, layers };
}

/**
 * A native file of an older layout rewritten in the current one (pure JSON → JSON), so one schema
 * reads them all; the current layout is returned as it is. Call after checkNativeEnvelope.
 */
export function upgradeNativeItem(json: unknown): unknown {
  if (!isObject(json) || json.version === NATIVE_FORMAT_VERSION) return json;
  const upgraded = json.version === 1 ? addLinks(json) : json;
  return { ...upgraded, version: NATIVE_FORMAT_VERSION };
}
