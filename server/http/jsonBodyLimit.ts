import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './errorResponse.ts';

/** JSON bodies are small commands; anything larger is refused before it is read. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Refuses JSON bodies over MAX_JSON_BODY_BYTES with 413. */
export const jsonBodyLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: (context) =>
    errorResponse(
      context,
      413,
      'body_too_large',
      `the request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KiB`,
    ),
});
