import { describe, expect, it } from 'vitest';
import { useDemoEditor } from './useDemoEditor.ts';
import { chromiumSkipReason } from './chromium.ts';

const skipReason = chromiumSkipReason();

describe.skipIf(skipReason !== null)('hotkeys a person sets', () => {
  const editor = useDemoEditor();

  it('moves a tool to another key, refuses a key a label has, and keeps the choice after a reload', async () => {
    await editor.page.keyboard.press('?');
    await editor.page.getByTestId('rebind-brushTool').click();
    await editor.page.keyboard.press('1');
    expect(await editor.page.getByTestId('rebind-problem').textContent()).toBe(
      '1 is already the label person: choose another key',
    );
    await editor.page.getByTestId('rebind-brushTool').click();
    await editor.page.keyboard.press('y');
    expect(await editor.page.getByTestId('rebind-brushTool').textContent()).toBe('Y');
    await editor.page.getByRole('button', { name: 'Close' }).click();

    await editor.page.keyboard.press('y');
    expect(await editor.page.getByTestId('tool-brush').getAttribute('aria-checked')).toBe('true');
    await editor.page.keyboard.press('v');
    await editor.page.keyboard.press('b');
    expect(await editor.page.getByTestId('tool-box').getAttribute('aria-checked')).toBe('true');

    await editor.page.reload();
    await editor.page.getByTestId('sync-main').filter({ hasText: 'saved' }).waitFor();
    await editor.page.keyboard.press('y');
    expect(await editor.page.getByTestId('tool-brush').getAttribute('aria-checked')).toBe('true');
    await editor.page.keyboard.press('?');
    await editor.page.getByTestId('rebind-reset').click();
    expect(await editor.page.getByTestId('rebind-brushTool').textContent()).toBe('B');
  });
});
