import { beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { readMaskFrame, readMaskOperations } from '../../shared/doc/writeMasks.ts';
import { readLayerDocument } from '../../server/exchange/readLayerDocument.ts';
import { useDemoEditor } from './useDemoEditor.ts';
import { chromiumSkipReason } from './chromium.ts';
import { goToFrame, pagePoint, waitForSaved } from './editorPage.ts';

const skipReason = chromiumSkipReason();
// The demo's orange square is 80 px wide; at frame 0 its corner is at (40, 140).
const SQUARE = { x: 40, y: 140, side: 80 };

describe.skipIf(skipReason !== null)('the magic wand and flood fill in the editor', () => {
  const editor = useDemoEditor();

  const storedMask = async () => {
    await waitForSaved(editor.page);
    return readLayerDocument(
      editor.demo.server.collab,
      itemDocumentName('demo', 'street', 'main'),
      (doc) => {
        const [mask] = readLayer(doc).masks;
        if (!mask) return null;
        const pixels = readMaskFrame(doc, mask.id, 0);
        const operations = readMaskOperations(doc, mask.id);
        if (!pixels.ok || !operations.ok) throw new Error('the mask cannot be read');
        return {
          id: mask.id,
          set: pixels.value.mask.pixels.reduce((total, pixel) => total + pixel, 0),
          at: (x: number, y: number) => pixels.value.mask.pixels[y * 640 + x],
          kinds: operations.value.map((operation) => operation.kind),
        };
      },
    );
  };

  beforeAll(async () => {
    await goToFrame(editor.page, 0);
  });

  it('paints the clicked square, and only it, from the frame’s colours', async () => {
    await editor.page.keyboard.press('2');
    await editor.page.keyboard.press('w');
    const centre = await pagePoint(
      editor.page,
      SQUARE.x + SQUARE.side / 2,
      SQUARE.y + SQUARE.side / 2,
    );
    await editor.page.mouse.click(centre.x, centre.y);
    await expect.poll(async () => (await storedMask())?.kinds).toEqual(['region']);
    const mask = await storedMask();
    // Compression softens the square's edges: the wand takes its body, not the background.
    expect(mask!.set).toBeGreaterThan(0.85 * SQUARE.side ** 2);
    expect(mask!.set).toBeLessThan(1.1 * SQUARE.side ** 2);
    expect(mask!.at(SQUARE.x + 40, SQUARE.y + 40)).toBe(1);
    expect(mask!.at(SQUARE.x + 120, SQUARE.y + 40)).toBe(0);
  });

  it('fills the hole a brush stroke leaves unpainted inside the mask', async () => {
    // Erase a blob in the middle of the square, then fill it back.
    await editor.page.keyboard.press('e');
    const middle = await pagePoint(editor.page, SQUARE.x + 40, SQUARE.y + 40);
    await editor.page.mouse.move(middle.x, middle.y);
    await editor.page.mouse.down();
    await editor.page.mouse.up();
    await expect.poll(async () => (await storedMask())?.at(SQUARE.x + 40, SQUARE.y + 40)).toBe(0);
    const holed = (await storedMask())!.set;
    await editor.page.keyboard.press('u');
    await editor.page.mouse.click(middle.x, middle.y);
    await expect
      .poll(async () => (await storedMask())?.kinds)
      .toEqual(['region', 'stroke', 'region']);
    const filled = await storedMask();
    expect(filled!.at(SQUARE.x + 40, SQUARE.y + 40)).toBe(1);
    expect(filled!.set).toBeGreaterThan(holed);
  });
});
