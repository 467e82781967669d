/** Slowest and fastest playback the transport offers; pitch is preserved across the range. */
export const MIN_PLAYBACK_RATE = 0.25;
export const MAX_PLAYBACK_RATE = 2;

/** A playback rate inside the offered range; anything unreadable plays at normal speed. */
export function clampPlaybackRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  return Math.min(MAX_PLAYBACK_RATE, Math.max(MIN_PLAYBACK_RATE, rate));
}

/** The rates the player offers, slowest first. */
export const PLAYBACK_RATES: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

/** The next offered rate slower (-1) or faster (+1) than `rate`, staying at the ends. */
export function steppedPlaybackRate(rate: number, direction: 1 | -1): number {
  const faster = PLAYBACK_RATES.find((each) => each > rate + 1e-9);
  const slower = [...PLAYBACK_RATES].reverse().find((each) => each < rate - 1e-9);
  return (direction > 0 ? faster : slower) ?? rate;
}
