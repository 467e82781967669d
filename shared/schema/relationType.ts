import { z } from 'zod';

/** A kind of link between two annotations the project offers ("drives", "speaker of", …). */
export const relationTypeSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().min(1).max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'must be a colour like #1f77b4'),
});

export type RelationType = z.infer<typeof relationTypeSchema>;
