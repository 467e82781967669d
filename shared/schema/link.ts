import { z } from 'zod';

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * One end of a link. `object`: an annotation record (track, shape, mask, segment), over a time
 * range when the link holds only for part of it. `text`: a span of an utterance's text, its ends
 * encoded Y.RelativePositions (base64) so they follow the words through edits around them.
 */
export const linkEndSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('object'),
    objectId: idSchema,
    startMs: z.number().int().nonnegative().nullable(),
    endMs: z.number().int().nonnegative().nullable(),
  }),
  z.object({
    kind: z.literal('text'),
    segmentId: idSchema,
    start: z.string().min(1).max(2_000),
    end: z.string().min(1).max(2_000),
    /** The words when the link was made, shown if the span no longer resolves. */
    quote: z.string().max(1_000),
  }),
]);

export type LinkEnd = z.infer<typeof linkEndSchema>;

/** A cross-modal relation stored in a layer's `links` map: two ends and a relation type. */
export const linkSchema = z.object({
  id: idSchema,
  relationTypeId: idSchema.nullable(),
  from: linkEndSchema,
  to: linkEndSchema,
  createdBy: z.string().max(64),
  createdAt: z.number().int().nonnegative(),
  updatedBy: z.string().max(64),
});

export type Link = z.infer<typeof linkSchema>;
