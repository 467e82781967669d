import type { NativeMedia } from './nativeItemSchema.ts';
import { nativeMediaSchema } from './nativeItemSchema.ts';

/** The media a file that breaks the schema describes, when that part of it is sound. */
export function salvageNativeMedia(json: unknown): NativeMedia | null {
  const item =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>).item : undefined;
  const media =
    typeof item === 'object' && item !== null ? (item as Record<string, unknown>).media : undefined;
  const parsed = nativeMediaSchema.safeParse(media);
  return parsed.success ? parsed.data : null;
}
