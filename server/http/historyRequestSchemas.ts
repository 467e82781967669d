import { z } from 'zod';
import { RECORD_ID_PATTERN } from '../../shared/schema/ids.ts';

const DIGITS = /^\d{1,16}$/;
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const MAX_EPOCH_MS = 8_640_000_000_000_000;
const INSTANT_HINT =
  'milliseconds since the epoch (e.g. 1741010580000) or an ISO 8601 time with a zone (e.g. 2025-03-03T14:03:00Z)';

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function epochMsOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  if (DIGITS.test(value)) return Number(value);
  return ISO_INSTANT.test(value) ? Date.parse(value) : null;
}

/** A moment in time as a number of ms since the epoch, given as that number or as an ISO 8601 time. */
export const instantSchema = z.unknown().transform((value, context): number => {
  if (value === undefined) {
    context.addIssue({ code: 'custom', message: `is required: give ${INSTANT_HINT}` });
    return z.NEVER;
  }
  const epochMs = epochMsOf(value);
  if (epochMs === null || !Number.isFinite(epochMs) || epochMs < 0 || epochMs > MAX_EPOCH_MS) {
    context.addIssue({
      code: 'custom',
      message: `must be ${INSTANT_HINT}; got ${describe(value)}`,
    });
    return z.NEVER;
  }
  return epochMs;
});

const objectIdSchema = z
  .string()
  .regex(RECORD_ID_PATTERN, 'must be an object id: 1–64 characters of A–Z, a–z, 0–9, _ or -');

/** GET …/history/state */
export const stateQuerySchema = z.object({ at: instantSchema });

/** GET …/history/changes: the window defaults to the whole history up to now. */
export const changesQuerySchema = z
  .object({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    objectId: objectIdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
  })
  .transform((query) => ({
    fromMs: query.from ?? 0,
    toMs: query.to ?? Date.now(),
    objectId: query.objectId ?? null,
    maxChanges: query.limit,
  }))
  .refine((query) => query.fromMs <= query.toMs, {
    path: ['to'],
    message: 'must not be before from',
  });

/** GET …/history/timeline */
export const timelineQuerySchema = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
});

/** POST …/history/restore: strict, so a misspelt `objectId` never restores the whole layer. */
export const restoreBodySchema = z.strictObject({
  at: instantSchema,
  objectId: objectIdSchema.optional(),
});
