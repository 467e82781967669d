import type { NativeLinkTargets } from './checkNativeLink.ts';
import { checkNativeLink } from './checkNativeLink.ts';
import { checkNativeRecord } from './checkNativeRecord.ts';
import { nativeRecordSchema } from './nativeItemSchema.ts';
import { nativeLinkSchema } from './nativeLinkSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';

type JsonObject = Record<string, unknown>;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as JsonObject)[key] : undefined;
}

function listAt(value: unknown, key: string): unknown[] {
  const list = fieldOf(value, key);
  return Array.isArray(list) ? list : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** What a layer's links may point at, from records whether or not they break the schema. */
function linkTargetsOf(layer: unknown): NativeLinkTargets {
  const records = listAt(layer, 'records');
  const idsOf = (kept: unknown[]) =>
    new Set(kept.map((record) => text(fieldOf(record, 'id'))).filter((id) => id !== null));
  const utteranceTexts = new Map<string, string>();
  for (const block of listAt(layer, 'transcript')) {
    const segmentId = text(fieldOf(block, 'segmentId'));
    const words = text(fieldOf(block, 'text'));
    if (segmentId !== null && words !== null && !utteranceTexts.has(segmentId)) {
      utteranceTexts.set(segmentId, words);
    }
  }
  return {
    layer: text(fieldOf(layer, 'layer')) ?? '',
    recordIds: idsOf(records),
    segmentIds: idsOf(records.filter((record) => fieldOf(record, 'kind') === 'segment')),
    utteranceTexts,
  };
}

function soundLinkProblems(layer: unknown, layerIndex: number, context: NativeReferenceContext) {
  const links = listAt(layer, 'links');
  if (links.length === 0) return [];
  const targets = linkTargetsOf(layer);
  return links.flatMap((link, linkIndex) => {
    const parsed = nativeLinkSchema.safeParse(link);
    if (!parsed.success) return [];
    return checkNativeLink(
      parsed.data,
      ['layers', layerIndex, 'links', linkIndex],
      targets,
      context,
    );
  });
}

/**
 * The reference problems (tiers, labels, skeletons, media bounds, link ends) of every record and
 * link of a file that breaks the schema elsewhere, so one answer lists them together with the
 * broken fields. Records and links that break the schema themselves are skipped: their field
 * problems are reported already.
 */
export function checkSoundRecordReferences(
  json: unknown,
  context: NativeReferenceContext,
): NativeProblem[] {
  return listAt(json, 'layers').flatMap((layer, layerIndex) => [
    ...listAt(layer, 'records').flatMap((record, recordIndex) => {
      const parsed = nativeRecordSchema.safeParse(record);
      if (!parsed.success) return [];
      return checkNativeRecord(
        parsed.data,
        ['layers', layerIndex, 'records', recordIndex],
        context,
      );
    }),
    ...soundLinkProblems(layer, layerIndex, context),
  ]);
}
