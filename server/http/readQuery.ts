import type { Context } from 'hono';
import type { z } from 'zod';
import { describeZodError } from './describeZodError.ts';
import { errorResponse } from './errorResponse.ts';

/** Parses and validates the query string; on failure, the 400 response naming the parameter. */
export function readQuery<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
): z.infer<Schema> | Response {
  const parsed = schema.safeParse(context.req.query());
  if (parsed.success) return parsed.data;
  const { message, field } = describeZodError(parsed.error);
  return errorResponse(context, 400, 'invalid_request', message, field);
}
