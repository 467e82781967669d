import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { listedDisagreements, openReviewPage } from './reviewPages.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('the demo item for review', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows the reviewer both annotators’ blind work and where they disagree', async () => {
    const page = await openReviewPage(browser, demo.url, 'reviewer', 'street-review');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="disagreement"]').length >= 4,
    );
    const kinds = new Set((await listedDisagreements(page)).map((entry) => entry.kind));
    // The car annotator2 called a person, the cyclist only annotator1 drew, the dog only
    // annotator2 drew, the first event's boundaries 400–600 ms apart.
    expect([...kinds].sort()).toEqual(['boundary', 'extra', 'label', 'missing']);
    const listed = await listedDisagreements(page);
    expect(listed.find((entry) => entry.kind === 'label')?.objects).toEqual([
      'ana-car',
      'arlo-car',
    ]);
    await page.getByTestId('disagreement').filter({ hasText: 'frame' }).first().click();
    await fs.mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-demo.png') });
  });
});
