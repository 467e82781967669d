import { z } from 'zod';

/** An axis-aligned box in media pixels: top-left corner, width and height. */
export const boxSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().nonnegative(),
  h: z.number().finite().nonnegative(),
});

export type Box = z.infer<typeof boxSchema>;
