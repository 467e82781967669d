import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Why a route refuses a request: the status, a code for programs, a message for people, the field at fault. */
export interface RouteRefusal {
  ok: false;
  status: ContentfulStatusCode;
  code: string;
  message: string;
  field?: string;
}

/** What a route's work produced: a value to send, or the refusal to send instead. */
export type RouteOutcome<T> = { ok: true; value: T } | RouteRefusal;

/** A refusal; `field` names the part of the request at fault. */
export function refusal(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
): RouteRefusal {
  return field === undefined
    ? { ok: false, status, code, message }
    : { ok: false, status, code, message, field };
}
