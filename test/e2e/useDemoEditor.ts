import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { openDemoEditor } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

/** The demo server, the browser and the editor page a suite of browser tests shares. */
export interface DemoEditor {
  readonly demo: DemoServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts the demo server and Chromium before the suite's tests and opens the editor (the demo
 * video, as annotator1, unless `open` says otherwise); closes both after them. Call it inside the
 * suite's describe.
 */
export function useDemoEditor(
  open: (browser: Browser, url: string) => Promise<Page> = (browser, url) =>
    openDemoEditor(browser, url, 'annotator1'),
): DemoEditor {
  const parts: Partial<{ demo: DemoServer; browser: Browser; page: Page }> = {};
  beforeAll(async () => {
    parts.demo = await startDemoServer();
    parts.browser = await launchChromium();
    parts.page = await open(parts.browser, parts.demo.url);
  });
  afterAll(async () => {
    await parts.browser?.close();
    await parts.demo?.close();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`the ${name} is not started yet`);
    return part;
  };
  return {
    get demo() {
      return started(parts.demo, 'demo server');
    },
    get browser() {
      return started(parts.browser, 'browser');
    },
    get page() {
      return started(parts.page, 'editor page');
    },
  };
}
