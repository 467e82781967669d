import { describe, expect, it } from 'vitest';
import { useDemoEditor } from './useDemoEditor.ts';
import { chromiumSkipReason } from './chromium.ts';
import { goToFrame } from './editorPage.ts';
import { DEMO_FRAME_COUNT, readFrameCounter } from './readFrameCounter.ts';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('the video view in Chromium', () => {
  const editor = useDemoEditor();

  it('shows exactly the frame it annotates after seeking to given frames', async () => {
    const last = DEMO_FRAME_COUNT - 1;
    const frames = [0, 1, 2, 29, 30, 31, 150, 299, 300, 451, last - 1, last, 7];
    const shown: Array<{ asked: number; canvas: string | null; counter: number }> = [];
    for (const frame of frames) {
      await goToFrame(editor.page, frame);
      shown.push({
        asked: frame,
        canvas: await editor.page.getByTestId('canvas').getAttribute('data-frame'),
        counter: await readFrameCounter(editor.page),
      });
    }
    expect(shown).toEqual(
      frames.map((frame) => ({ asked: frame, canvas: String(frame), counter: frame })),
    );
  });

  it('steps one frame at a time with the arrow keys and the counter follows', async () => {
    await goToFrame(editor.page, 40);
    await editor.page.getByTestId('canvas').focus();
    for (let expected = 41; expected <= 45; expected += 1) {
      await editor.page.keyboard.press('ArrowRight');
      await editor.page.locator(`[data-testid="canvas"][data-frame="${expected}"]`).waitFor();
      expect(await readFrameCounter(editor.page)).toBe(expected);
    }
    await editor.page.keyboard.press('ArrowLeft');
    await editor.page.locator('[data-testid="canvas"][data-frame="44"]').waitFor();
    expect(await readFrameCounter(editor.page)).toBe(44);
  });
});
