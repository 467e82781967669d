import type { IdentitySwitch } from '../spatial/identitySwitches.ts';

/**
 * Whom each track of one side matched on each frame, kept one frame at a time, and the identity
 * switches of a track: the frames where its partner differs from the one it last had.
 */
export class PartnerTimeline {
  private readonly partners = new Map<string, Map<number, string>>();

  private readonly side: 'left' | 'right';

  constructor(side: 'left' | 'right') {
    this.side = side;
  }

  set(trackId: string, frame: number, partnerId: string | null): void {
    const frames = this.partners.get(trackId) ?? new Map<number, string>();
    if (partnerId === null) frames.delete(frame);
    else frames.set(frame, partnerId);
    if (frames.size === 0) this.partners.delete(trackId);
    else this.partners.set(trackId, frames);
  }

  switchesOf(trackId: string): IdentitySwitch[] {
    const frames = this.partners.get(trackId);
    if (!frames) return [];
    const switches: IdentitySwitch[] = [];
    let fromId: string | undefined;
    for (const frame of [...frames.keys()].sort((a, b) => a - b)) {
      const toId = frames.get(frame) as string;
      if (fromId !== undefined && fromId !== toId) {
        switches.push({ frame, side: this.side, trackId, fromId, toId });
      }
      fromId = toId;
    }
    return switches;
  }
}
