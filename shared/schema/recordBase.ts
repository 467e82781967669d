import { z } from 'zod';

/** Where a record came from: a person, or a model import (`model.<name>`). */
export const sourceSchema = z.union([
  z.literal('human'),
  z.string().regex(/^model\.[a-z0-9_.-]{1,58}$/),
]);

/** Attribute values: plain JSON scalars or lists of strings. */
export const attributeValueSchema = z.union([
  z.string().max(10_000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(1_000)).max(100),
  z.null(),
]);

/** Fields every annotation record carries. */
export const recordBaseShape = {
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  labelId: z.string().max(64).nullable(),
  attributes: z.record(z.string().max(64), attributeValueSchema),
  createdBy: z.string().max(64),
  createdAt: z.number().int().nonnegative(),
  source: sourceSchema,
  updatedBy: z.string().max(64),
};

export type AttributeValue = z.infer<typeof attributeValueSchema>;
