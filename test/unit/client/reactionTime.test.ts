import { describe, expect, it } from 'vitest';
import { compensatedBoundaryMs } from '../../../client/timeline/reactionTime.ts';
import { timelineKeyAction } from '../../../client/timeline/timelineKeyAction.ts';

describe('segmentation boundaries', () => {
  it('sit the reaction time before the key press, scaled by the playback rate', () => {
    expect(compensatedBoundaryMs(5_000, 250, 1, 60_000)).toBe(4_750);
    // At half speed, media time moves half as far while the person reacts.
    expect(compensatedBoundaryMs(5_000, 250, 0.5, 60_000)).toBe(4_875);
    expect(compensatedBoundaryMs(5_000, 0, 1, 60_000)).toBe(5_000);
  });

  it('stay inside the media', () => {
    expect(compensatedBoundaryMs(100, 250, 1, 60_000)).toBe(0);
    expect(compensatedBoundaryMs(61_000, 250, 1, 60_000)).toBe(60_000);
  });

  it('are marked with Enter on the timeline', () => {
    const press = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false };
    expect(timelineKeyAction(press, [])).toEqual({ kind: 'mark-boundary' });
  });
});
