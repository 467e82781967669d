/** The per-frame correspondence of two layers' tracks (a FrameMatch fits). */
export interface TrackFrameMatch {
  matched: readonly { leftId: string; rightId: string }[];
  /** Left tracks present on the frame with no partner. */
  missing: readonly string[];
  /** Right tracks present on the frame with no partner. */
  extra: readonly string[];
}

/** A frame where a track's partner differs from the one it last had. */
export interface IdentitySwitch {
  frame: number;
  side: 'left' | 'right';
  trackId: string;
  fromId: string;
  toId: string;
}

function byText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function frameOrder(matchesByFrame: ReadonlyMap<number, TrackFrameMatch>): number[] {
  return [...matchesByFrame.keys()].sort((first, second) => first - second);
}

/**
 * Every identity switch, frame by frame: a left track matched to a different right track than the
 * last time it was matched (frames where it is unmatched or absent in between do not reset that),
 * and the same for right tracks. Sorted by frame, then left before right, then track id.
 */
export function identitySwitches(
  matchesByFrame: ReadonlyMap<number, TrackFrameMatch>,
): IdentitySwitch[] {
  const lastPartner = { left: new Map<string, string>(), right: new Map<string, string>() };
  const switches: IdentitySwitch[] = [];
  for (const frame of frameOrder(matchesByFrame)) {
    const { matched } = matchesByFrame.get(frame) as TrackFrameMatch;
    for (const side of ['left', 'right'] as const) {
      const pairs = matched.map(({ leftId, rightId }) =>
        side === 'left' ? [leftId, rightId] : [rightId, leftId],
      );
      pairs.sort(([first], [second]) => byText(first as string, second as string));
      for (const [trackId, toId] of pairs as [string, string][]) {
        const fromId = lastPartner[side].get(trackId);
        if (fromId !== undefined && fromId !== toId) {
          switches.push({ frame, side, trackId, fromId, toId });
        }
        lastPartner[side].set(trackId, toId);
      }
    }
  }
  return switches;
}
