import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { openDemoEditor } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const skipReason = chromiumSkipReason();

describe.skipIf(skipReason !== null)('hotkeys a person sets', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    page = await openDemoEditor(browser, demo.url, 'annotator1');
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('moves a tool to another key, refuses a key a label has, and keeps the choice after a reload', async () => {
    await page.keyboard.press('?');
    await page.getByTestId('rebind-brushTool').click();
    await page.keyboard.press('1');
    expect(await page.getByTestId('rebind-problem').textContent()).toBe(
      '1 is already the label person: choose another key',
    );
    await page.getByTestId('rebind-brushTool').click();
    await page.keyboard.press('y');
    expect(await page.getByTestId('rebind-brushTool').textContent()).toBe('Y');
    await page.getByRole('button', { name: 'Close' }).click();

    await page.keyboard.press('y');
    expect(await page.getByTestId('tool-brush').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('v');
    await page.keyboard.press('b');
    expect(await page.getByTestId('tool-box').getAttribute('aria-checked')).toBe('true');

    await page.reload();
    await page.getByTestId('sync-main').filter({ hasText: 'saved' }).waitFor();
    await page.keyboard.press('y');
    expect(await page.getByTestId('tool-brush').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('?');
    await page.getByTestId('rebind-reset').click();
    expect(await page.getByTestId('rebind-brushTool').textContent()).toBe('B');
  });
});
