import { checkNativeRecord } from './checkNativeRecord.ts';
import { nativeRecordSchema } from './nativeItemSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';

function listAt(value: unknown, key: string): unknown[] {
  const list =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  return Array.isArray(list) ? list : [];
}

/**
 * The reference problems (tiers, labels, media bounds) of every record of a file that breaks the
 * schema elsewhere, so one answer lists them together with the broken fields. Records that break
 * the schema themselves are skipped: their field problems are reported already.
 */
export function checkSoundRecordReferences(
  json: unknown,
  context: NativeReferenceContext,
): NativeProblem[] {
  return listAt(json, 'layers').flatMap((layer, layerIndex) =>
    listAt(layer, 'records').flatMap((record, recordIndex) => {
      const parsed = nativeRecordSchema.safeParse(record);
      if (!parsed.success) return [];
      return checkNativeRecord(
        parsed.data,
        ['layers', layerIndex, 'records', recordIndex],
        context,
      );
    }),
  );
}
