import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortcutActionOf } from '../../../client/ui/editorShortcuts.ts';
import { mediaPointAt } from '../../../client/viewport/mediaPointAt.ts';
import { mediaTransformCss } from '../../../client/viewport/mediaTransformCss.ts';
import { panViewport } from '../../../client/viewport/panViewport.ts';
import { FIT_VIEWPORT, MAX_ZOOM, MIN_ZOOM } from '../../../client/viewport/StageViewport.ts';
import { zoomViewportAt } from '../../../client/viewport/zoomViewportAt.ts';

const MEDIA = { width: 640, height: 360 };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

describe('the stage viewport', () => {
  it('maps the fitted stage straight onto the media', () => {
    expect(mediaPointAt(FIT_VIEWPORT, MEDIA, { x: 0.25, y: 0.5 })).toEqual({ x: 160, y: 180 });
    expect(mediaTransformCss(FIT_VIEWPORT, MEDIA)).toBe('scale(1) translate(0%, 0%)');
  });

  it('keeps the media pixel under the pointer where it is when zooming in there', () => {
    // Zooming in from inside the media never reaches a limit, so nothing clamps the anchor away.
    const zoomIn = fc.double({ min: 1, max: 7, noNaN: true });
    fc.assert(
      fc.property(fraction, fraction, zoomIn, zoomIn, (x, y, first, second) => {
        const focus = { x, y };
        let viewport = FIT_VIEWPORT;
        for (const step of [first, second]) {
          const next = zoomViewportAt(viewport, MEDIA, step, focus);
          const before = mediaPointAt(viewport, MEDIA, focus);
          const after = mediaPointAt(next, MEDIA, focus);
          expect(next.zoom).toBeCloseTo(viewport.zoom * step, 9);
          expect(after.x).toBeCloseTo(before.x, 6);
          expect(after.y).toBeCloseTo(before.y, 6);
          viewport = next;
        }
      }),
    );
  });

  it('zooms twice into the top-left quarter and shows it across the stage', () => {
    const zoomed = zoomViewportAt(FIT_VIEWPORT, MEDIA, 2, { x: 0, y: 0 });
    expect(zoomed).toEqual({ zoom: 2, originX: 0, originY: 0 });
    expect(mediaPointAt(zoomed, MEDIA, { x: 1, y: 1 })).toEqual({ x: 320, y: 180 });
    expect(mediaTransformCss(zoomed, MEDIA)).toBe('scale(2) translate(0%, 0%)');
  });

  it('moves the grabbed pixel with the pointer when panning', () => {
    const zoomed = { zoom: 4, originX: 200, originY: 100 };
    const grabbed = mediaPointAt(zoomed, MEDIA, { x: 0.5, y: 0.5 });
    const panned = panViewport(zoomed, MEDIA, { x: -0.25, y: 0.1 });
    expect(mediaPointAt(panned, MEDIA, { x: 0.25, y: 0.6 })).toEqual(grabbed);
    expect(mediaTransformCss(panned, MEDIA)).toBe(
      `scale(4) translate(${(-100 * panned.originX) / 640}%, ${(-100 * panned.originY) / 360}%)`,
    );
  });

  it('keeps the zoom within its limits and the centre of the view on the media', () => {
    expect(zoomViewportAt(FIT_VIEWPORT, MEDIA, 1e6, { x: 0.5, y: 0.5 }).zoom).toBe(MAX_ZOOM);
    expect(zoomViewportAt(FIT_VIEWPORT, MEDIA, 1e-6, { x: 0.5, y: 0.5 }).zoom).toBe(MIN_ZOOM);
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (dx, dy) => {
          const panned = panViewport({ zoom: 3, originX: 100, originY: 50 }, MEDIA, {
            x: dx,
            y: dy,
          });
          const centre = mediaPointAt(panned, MEDIA, { x: 0.5, y: 0.5 });
          expect(centre.x).toBeGreaterThanOrEqual(0);
          expect(centre.x).toBeLessThanOrEqual(MEDIA.width);
          expect(centre.y).toBeGreaterThanOrEqual(0);
          expect(centre.y).toBeLessThanOrEqual(MEDIA.height);
        },
      ),
    );
  });

  it('is reached by F (fit), + and − from the keyboard', () => {
    const press = (key: string) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
    });
    expect(shortcutActionOf(press('f'))).toBe('fitView');
    expect(shortcutActionOf(press('+'))).toBe('zoomIn');
    expect(shortcutActionOf(press('='))).toBe('zoomIn');
    expect(shortcutActionOf(press('-'))).toBe('zoomOut');
  });
});
