import { checkNativeEnvelope } from './checkNativeEnvelope.ts';
import { describeJsonError } from './describeJsonError.ts';
import { describeZodIssue } from './describeZodIssue.ts';
import { formatJsonPath } from './formatJsonPath.ts';
import type { NativeItem } from './nativeItemSchema.ts';
import { nativeItemSchema } from './nativeItemSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import { upgradeNativeItem } from './upgradeNativeItem.ts';

/**
 * A native file read, or every problem of the stage where reading stopped. When the fields break
 * the schema, the parsed JSON comes along, so what is sound in it can still be checked.
 */
export type NativeDecodeResult =
  | { ok: true; value: NativeItem }
  | { ok: false; stage: 'json' | 'envelope'; problems: readonly NativeProblem[] }
  | { ok: false; stage: 'fields'; problems: readonly NativeProblem[]; json: unknown };

/**
 * Reads a native file: JSON, then the envelope (format, layout and schema versions), then every
 * field of every record, a file of an older layout upgraded first. Each stage reports every
 * problem it finds, each with its JSON path.
 */
export function decodeNativeItem(text: string): NativeDecodeResult {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(text);
  } catch (error) {
    const message = `the file is not valid JSON: ${describeJsonError(error, text)}`;
    return { ok: false, stage: 'json', problems: [{ path: '', message }] };
  }
  const envelopeProblems = checkNativeEnvelope(parsedJson);
  if (envelopeProblems.length > 0) {
    return { ok: false, stage: 'envelope', problems: envelopeProblems };
  }
  const json = upgradeNativeItem(parsedJson);
  const parsed = nativeItemSchema.safeParse(json, { error: describeZodIssue, reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: NativeProblem[] = parsed.error.issues.map((issue) => ({
    path: formatJsonPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, stage: 'fields', problems, json };
}
