import { z } from 'zod';

/** Stateless message type the server sends to the author of an edit that broke the schema. */
export const SCHEMA_VIOLATIONS_MESSAGE = 'concord.schemaViolations';

/** The edit was kept and applied; these are what it broke, as the layer reader reports them. */
export const schemaViolationsMessageSchema = z.object({
  type: z.literal(SCHEMA_VIOLATIONS_MESSAGE),
  documentName: z.string(),
  /** The edit's entry in the update log. */
  seq: z.number().int().positive(),
  violations: z.array(z.object({ recordId: z.string(), field: z.string(), message: z.string() })),
});

export type SchemaViolationsMessage = z.infer<typeof schemaViolationsMessageSchema>;

/** Reads a stateless payload; null when it is not a schema-violations message. */
export function readSchemaViolationsMessage(payload: string): SchemaViolationsMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const message = schemaViolationsMessageSchema.safeParse(parsed);
  return message.success ? message.data : null;
}
