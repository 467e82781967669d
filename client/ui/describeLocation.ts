import type { DisagreementLocation } from '../../shared/agreement/Disagreement.ts';
import { formatMediaTime } from '../timeline/formatMediaTime.ts';

/** Where a disagreement is, as a reviewer reads it: "frame 12", "frames 12–40" or "0:01.200–0:03.000". */
export function describeLocation(location: DisagreementLocation): string {
  if ('frames' in location) {
    const { first, last } = location.frames;
    return first === last ? `frame ${first}` : `frames ${first}–${last}`;
  }
  return `${formatMediaTime(location.startMs, true)}–${formatMediaTime(location.endMs, true)}`;
}
