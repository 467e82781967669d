import type { ErrorBody } from '../../shared/protocol/http.ts';
import type { ApiResult } from './ApiResult.ts';

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page or an empty body: the status still says what happened.
    return null;
  }
}

function errorMessage(body: unknown, status: number, path: string): string {
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') return error.message;
  return `the server answered ${status} to ${path}`;
}

/** Sends a JSON request to the API and reads the JSON answer, turning every failure into a message. */
export async function requestJson<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: 'the server cannot be reached: check your connection and try again',
    };
  }
  const body = parseJson(await response.text());
  if (!response.ok)
    return { ok: false, status: response.status, error: errorMessage(body, response.status, path) };
  return { ok: true, value: body as T };
}
