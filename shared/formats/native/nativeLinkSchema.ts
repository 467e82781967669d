import { z } from 'zod';
import { linkEndSchema, linkSchema } from '../../schema/link.ts';

const [objectEndSchema, textEndSchema] = linkEndSchema.options;

const offsetSchema = z.number().int().nonnegative().nullable();

/**
 * A text end as the file holds it: characters [from, to) of its utterance's text in the file's
 * transcript (relative positions mean nothing in another document), both null once the linked
 * words were deleted; the quote is the words as they were when the link was made.
 */
export const nativeTextEndSchema = textEndSchema
  .omit({ start: true, end: true })
  .extend({ from: offsetSchema, to: offsetSchema })
  .superRefine(({ from, to }, context) => {
    if ((from === null) !== (to === null)) {
      const message =
        'from and to are both character offsets, or both null when the words were deleted';
      context.addIssue({ code: 'custom', path: [from === null ? 'from' : 'to'], message });
    } else if (from !== null && to !== null && to <= from) {
      const message = `the span ends (to ${to}) before it starts (from ${from}): a span holds at least one character`;
      context.addIssue({ code: 'custom', path: ['to'], message });
    }
  });

/** One end of a link: an annotation record, or a span of an utterance's text. */
export const nativeLinkEndSchema = z.discriminatedUnion('kind', [
  objectEndSchema,
  nativeTextEndSchema,
]);

/** A link of a layer's `links` map as the file holds it. */
export const nativeLinkSchema = linkSchema.extend({
  from: nativeLinkEndSchema,
  to: nativeLinkEndSchema,
});

export type NativeLink = z.infer<typeof nativeLinkSchema>;
export type NativeLinkEnd = z.infer<typeof nativeLinkEndSchema>;
export type NativeTextEnd = z.infer<typeof nativeTextEndSchema>;
