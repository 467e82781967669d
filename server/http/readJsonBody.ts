import type { Context } from 'hono';
import type { z } from 'zod';
import { describeZodError } from './describeZodError.ts';
import { errorResponse } from './errorResponse.ts';

/** Parses and validates a JSON body; on failure, the 400 response to send instead. */
export async function readJsonBody<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
): Promise<z.infer<Schema> | Response> {
  let json: unknown;
  try {
    json = JSON.parse(await context.req.text());
  } catch (error) {
    return errorResponse(
      context,
      400,
      'invalid_json',
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { message, field } = describeZodError(parsed.error);
  return errorResponse(context, 400, 'invalid_request', message, field);
}
