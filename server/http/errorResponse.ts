import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../shared/protocol/http.ts';

/** A JSON error in the one shape every route uses: a code for programs, a message for people, the field at fault. */
export function errorResponse(
  context: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
): Response {
  const body: ErrorBody = {
    error: field === undefined ? { code, message } : { code, message, field },
  };
  return context.json(body, status);
}
