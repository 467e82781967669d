/** Why peaks cannot be given, each with the HTTP status it is answered with. */
export const PEAKS_FAILURE_STATUS = {
  no_audio: 404,
  media_missing: 500,
  no_ffmpeg: 503,
  compute_failed: 500,
} as const;

export type PeaksFailureCode = keyof typeof PEAKS_FAILURE_STATUS;

/** A value, or why there are no peaks in words a person can act on. */
export type PeaksOutcome<T> =
  { ok: true; value: T } | { ok: false; code: PeaksFailureCode; message: string };
