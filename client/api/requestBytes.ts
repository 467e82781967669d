import type { ErrorBody } from '../../shared/protocol/http.ts';
import type { ApiResult } from './ApiResult.ts';

async function errorMessage(response: Response, path: string): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ErrorBody> | null;
    if (typeof body?.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: the status still says what happened.
  }
  return `the server answered ${response.status} to ${path}`;
}

/** Fetches binary content from the API, turning every failure into a message. */
export async function requestBytes(
  path: string,
  init: { token?: string | null; signal?: AbortSignal } = {},
): Promise<ApiResult<ArrayBuffer>> {
  const headers: Record<string, string> = { accept: 'application/octet-stream' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(path, { headers, credentials: 'same-origin', signal: init.signal });
  } catch {
    return {
      ok: false,
      status: 0,
      error: 'the server cannot be reached: check your connection and try again',
    };
  }
  if (!response.ok) {
    return { ok: false, status: response.status, error: await errorMessage(response, path) };
  }
  return { ok: true, value: await response.arrayBuffer() };
}
