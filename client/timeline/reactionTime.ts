/** Default reaction-time compensation: how long after hearing a boundary a person presses the key. */
export const DEFAULT_REACTION_MS = 250;

/** Compensations the segmentation field accepts, in ms. */
export const REACTION_MS_RANGE = { min: 0, max: 1_000 } as const;

const STORAGE_KEY = 'concord.segmentation.reactionMs';

/** The compensation this browser last used, or the default. */
export function loadReactionMs(): number {
  const stored = Number(globalThis.localStorage?.getItem(STORAGE_KEY));
  return Number.isInteger(stored) &&
    stored >= REACTION_MS_RANGE.min &&
    stored <= REACTION_MS_RANGE.max
    ? stored
    : DEFAULT_REACTION_MS;
}

/** Keeps the compensation for this browser's next sessions. */
export function saveReactionMs(reactionMs: number): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, String(reactionMs));
}

/**
 * Where a boundary marked at `pressedAtMs` of media time really is: earlier by the reaction time
 * (scaled by the playback rate, since media time runs at that rate while the person reacts),
 * never before 0 nor after the media's end.
 */
export function compensatedBoundaryMs(
  pressedAtMs: number,
  reactionMs: number,
  playbackRate: number,
  durationMs: number,
): number {
  const boundary = Math.round(pressedAtMs - reactionMs * playbackRate);
  return Math.min(Math.max(0, boundary), durationMs);
}
