import type { MiddlewareHandler } from 'hono';
import { authenticateRequest } from '../auth/authenticateRequest.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';

/** Middleware that lets a request through only with a valid token (header or cookie), saying why otherwise. */
export function createRequireUser(context: {
  secret: string;
  metaStore: Pick<MetaStore, 'getUser'>;
}): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const user = await authenticateRequest(c.req.raw.headers, context);
    if (!user.ok) {
      c.header('WWW-Authenticate', 'Bearer');
      return errorResponse(c, 401, 'unauthorized', user.error);
    }
    c.set('user', user.value);
    await next();
  };
}
