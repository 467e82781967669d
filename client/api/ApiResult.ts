/** A response body, or what went wrong in words a person can act on, with the HTTP status (0: no response). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string; status: number };
