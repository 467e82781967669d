import type { WeightedPair } from './AssignmentGraph.ts';
import type { IdentitySwitch, TrackFrameMatch } from './identitySwitches.ts';
import { identitySwitches } from './identitySwitches.ts';
import { solveAssignmentByGroups } from './solveAssignmentByGroups.ts';

/** A left and a right track taken for the same object, and on how many frames they matched. */
export interface TrackIdentity {
  leftId: string;
  rightId: string;
  frames: number;
}

/** Identity-level agreement of two layers' tracks over a range of frames; counts are track-frames. */
export interface IdentityAgreement {
  identities: TrackIdentity[];
  /** Frames where a left track matched the right track it is identified with. */
  idtp: number;
  /** Right track-frames not counted in idtp. */
  idfp: number;
  /** Left track-frames not counted in idtp. */
  idfn: number;
  /** 2·idtp / (2·idtp + idfp + idfn), or null when neither layer has a track on any frame. */
  idf1: number | null;
  switches: IdentitySwitch[];
}

/** How often each left and right track matched, and how many track-frames each layer has. */
interface TrackCounts {
  coOccurrences: Map<string, Map<string, number>>;
  leftTrackFrames: number;
  rightTrackFrames: number;
}

function countTracks(matchesByFrame: ReadonlyMap<number, TrackFrameMatch>): TrackCounts {
  const counts: TrackCounts = { coOccurrences: new Map(), leftTrackFrames: 0, rightTrackFrames: 0 };
  for (const { matched, missing, extra } of matchesByFrame.values()) {
    counts.leftTrackFrames += matched.length + missing.length;
    counts.rightTrackFrames += matched.length + extra.length;
    for (const { leftId, rightId } of matched) {
      const partners = counts.coOccurrences.get(leftId) ?? new Map<string, number>();
      counts.coOccurrences.set(leftId, partners.set(rightId, (partners.get(rightId) ?? 0) + 1));
    }
  }
  return counts;
}

function byText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The one-to-one identification of tracks with the most frames matched, ties to the smallest ids. */
function identify(
  coOccurrences: ReadonlyMap<string, ReadonlyMap<string, number>>,
): TrackIdentity[] {
  const lefts = [...coOccurrences.keys()].sort(byText);
  const rights = [
    ...new Set([...coOccurrences.values()].flatMap((partners) => [...partners.keys()])),
  ];
  rights.sort(byText);
  const rightIndex = new Map(rights.map((id, index) => [id, index]));
  const pairs: WeightedPair[] = lefts.flatMap((leftId, left) =>
    [...(coOccurrences.get(leftId) as ReadonlyMap<string, number>)].map(([rightId, frames]) => ({
      left,
      right: rightIndex.get(rightId) as number,
      weight: frames,
    })),
  );
  return solveAssignmentByGroups(lefts.length, rights.length, pairs).map(({ left, right }) => {
    const [leftId, rightId] = [lefts[left] as string, rights[right] as string];
    return { leftId, rightId, frames: coOccurrences.get(leftId)?.get(rightId) as number };
  });
}

/**
 * IDF1-style agreement from per-frame matches (a map from frame to its match): counts the frames
 * each left and right track were matched on (whole numbers), takes the one-to-one identification
 * of tracks with the most such frames (ties to the smallest ids, as solveAssignment), and scores it
 * against every track-frame of both layers; also lists identity switches.
 */
export function identityAgreement(
  matchesByFrame: ReadonlyMap<number, TrackFrameMatch>,
): IdentityAgreement {
  const { coOccurrences, leftTrackFrames, rightTrackFrames } = countTracks(matchesByFrame);
  const identities = identify(coOccurrences);
  const idtp = identities.reduce((sum, identity) => sum + identity.frames, 0);
  const trackFrames = leftTrackFrames + rightTrackFrames;
  return {
    identities,
    idtp,
    idfp: rightTrackFrames - idtp,
    idfn: leftTrackFrames - idtp,
    idf1: trackFrames === 0 ? null : (2 * idtp) / trackFrames,
    switches: identitySwitches(matchesByFrame),
  };
}
