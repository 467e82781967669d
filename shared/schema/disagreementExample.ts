import { z } from 'zod';
import { LAYER_PATTERN, PROJECT_OR_ITEM_ID_PATTERN } from './ids.ts';
import type { Result } from './result.ts';
import { fail, ok } from './result.ts';

/** An image the server serves for one frame of a media item: `/media/<mediaId>/frames/<index>`. */
export const MEDIA_FRAME_PATH_PATTERN = /^\/media\/[A-Za-z0-9_-]{1,64}\/frames\/(0|[1-9]\d{0,8})$/;

const id = z.string().regex(PROJECT_OR_ITEM_ID_PATTERN, 'must match ^[a-z0-9][a-z0-9_-]{0,63}$');
const frameIndex = z.number().int('must be a whole frame index').nonnegative();
const mediaMs = z.number().int('must be whole milliseconds').nonnegative();

/**
 * A disagreement case to add to the guidelines as an example. It names the item, the layers and
 * where the disagreement is, and may show one media frame; it never carries anyone's annotations,
 * so an example cannot leak blind work. Unknown fields are refused rather than dropped.
 */
export const disagreementExampleSchema = z
  .object({
    projectId: id,
    itemId: id,
    layers: z
      .array(z.string().regex(LAYER_PATTERN, 'must match ^[a-z0-9][a-z0-9_.-]{0,63}$'))
      .min(1, 'name at least one layer')
      .max(32),
    /** First and last frame index, inclusive. */
    frames: z
      .tuple([frameIndex, frameIndex])
      .refine(([first, last]) => first <= last, 'the first frame must not be after the last')
      .optional(),
    /** Start and end in ms of media time. */
    timeMs: z
      .tuple([mediaMs, mediaMs])
      .refine(([start, end]) => start <= end, 'the start must not be after the end')
      .optional(),
    /** The disagreement's kind, as the agreement results name it (`label`, `missing`, …). */
    kind: z.string().trim().min(1, 'a kind is required').max(64),
    /** What the trainer wants annotators to learn from it. */
    message: z.string().trim().min(1, 'a message is required').max(2000),
    /** A frame image the server serves (`/media/<mediaId>/frames/<index>`); images of other origins are refused. */
    thumbnailUrl: z
      .string()
      .regex(
        MEDIA_FRAME_PATH_PATTERN,
        'must be a media frame path, /media/<mediaId>/frames/<index>',
      )
      .optional(),
  })
  .strict();

export type DisagreementExample = z.infer<typeof disagreementExampleSchema>;

/** Validates an example, naming the field that is wrong. */
export function parseDisagreementExample(value: unknown): Result<DisagreementExample> {
  const parsed = disagreementExampleSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return fail(`the example cannot be added: ${where}${issue?.message ?? 'it is not valid'}`);
}

function seconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

/**
 * Where an example points: the item's review page, with `#frame=<first>[-<last>]` when frames
 * are given, else `#t=<start>,<end>` in seconds (the media-fragment form), else no fragment.
 */
export function disagreementExampleHref(example: DisagreementExample): string {
  const path = `/p/${encodeURIComponent(example.projectId)}/i/${encodeURIComponent(example.itemId)}/review`;
  if (example.frames) {
    const [first, last] = example.frames;
    return `${path}#frame=${first === last ? first : `${first}-${last}`}`;
  }
  if (example.timeMs) {
    const [start, end] = example.timeMs;
    return `${path}#t=${seconds(start)},${seconds(end)}`;
  }
  return path;
}
