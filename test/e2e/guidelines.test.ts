import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { insertDisagreementExample } from '../../shared/doc/guidelineExamples.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { ItemDetail } from '../../shared/protocol/http.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { logIn, openRawDocument } from './reviewPages.ts';
import type { DemoServer } from './startDemoServer.ts';
import { DEMO_PASSWORD, startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

/** Signs in in a fresh browser context and opens the demo project's guidelines from its item list. */
async function openGuidelines(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('project-demo').click();
  await page.getByTestId('guidelines-link').click();
  await page.getByTestId('sync-guidelines').filter({ hasText: 'saved' }).waitFor();
  await page.locator('[data-testid="guidelines-text"] .ProseMirror').waitFor();
  return page;
}

function liveText(page: Page) {
  return page.locator('[data-testid="guidelines-text"] .ProseMirror').first();
}

/** A frame image of the demo's image set, as the server serves it. */
async function demoFrameUrl(baseUrl: string, token: string): Promise<string> {
  const reply = await fetch(`${baseUrl}/api/projects/demo/items/street-frames`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const detail = (await reply.json()) as ItemDetail;
  const url = detail.media?.images?.[1]?.url;
  if (!url) throw new Error('the demo image set has no second image');
  return url;
}

describe.skipIf(skipReason !== null)('the guidelines, edited live by a trainer', () => {
  let demo: DemoServer;
  let browser: Browser;
  let trainer: Page;
  let annotator: Page;

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    browser = await launchChromium();
    trainer = await openGuidelines(browser, demo.url, 'trainer');
    annotator = await openGuidelines(browser, demo.url, 'annotator1');
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('lets the trainer edit and shows the annotator a read-only text with a note', async () => {
    await expect
      .poll(() => trainer.getByTestId('guidelines-text').getAttribute('data-editable'))
      .toBe('true');
    expect(await annotator.getByTestId('guidelines-text').getAttribute('data-editable')).toBe(
      'false',
    );
    expect(await liveText(annotator).getAttribute('contenteditable')).toBe('false');
    await annotator.getByTestId('guidelines-read-only').waitFor();
    expect(await trainer.getByTestId('guidelines-read-only').count()).toBe(0);
    expect(await annotator.getByTestId('guidelines-save-version').count()).toBe(0);
  });

  it('shows what the trainer types to the annotator within a second', async () => {
    await liveText(trainer).click();
    await trainer.getByRole('button', { name: 'H1' }).click();
    await trainer.keyboard.type('Vehicles');
    await trainer.keyboard.press('Enter');
    await trainer.keyboard.type('Box the whole car, mirrors included.');
    const typedAtMs = Date.now();

    await liveText(annotator)
      .filter({ hasText: 'Box the whole car, mirrors included.' })
      .waitFor({ timeout: 1_000 });

    expect(Date.now() - typedAtMs).toBeLessThanOrEqual(1_000);
    expect(await liveText(annotator).locator('h1').textContent()).toBe('Vehicles');
  });

  it('lists a version the trainer saves for the annotator too', async () => {
    await trainer.keyboard.press('Enter');
    await trainer.getByRole('button', { name: '• List' }).click();
    await trainer.keyboard.type('Cars, vans and trucks are ');
    await trainer.keyboard.press('Control+b');
    await trainer.keyboard.type('Vehicle');
    await trainer.keyboard.press('Control+b');
    await trainer.keyboard.press('Enter');
    await trainer.keyboard.type('Bicycles and scooters are not');

    await trainer.getByTestId('guidelines-version-name').fill('Round 1');
    await trainer.getByTestId('guidelines-save-version').click();

    const listed = annotator.getByTestId('guidelines-versions').getByRole('button', {
      name: /Round 1/,
    });
    await listed.waitFor({ timeout: 5_000 });
    expect(await listed.textContent()).toContain('Tess (trainer)');
    expect(await trainer.getByTestId('guidelines-version-name').inputValue()).toBe('');

    await trainer.getByTestId('guidelines-version-name').fill('round 1');
    await trainer.getByTestId('guidelines-save-version').click();
    await trainer.getByRole('alert').filter({ hasText: 'already exists' }).waitFor();
    await trainer.getByTestId('guidelines-version-name').fill('');
  });

  it('shows another editor’s caret with their name', async () => {
    // The same trainer in a second tab is another editor with its own caret; it stays open.
    const secondTab = await openGuidelines(browser, demo.url, 'trainer');
    await liveText(secondTab).locator('h1').click();
    await secondTab.keyboard.press('End');
    await trainer
      .locator('.guidelines-caret-label')
      .filter({ hasText: 'Tess (trainer)' })
      .waitFor({ timeout: 5_000 });
    expect(await annotator.locator('.guidelines-caret-label').count()).toBeGreaterThan(0);
  });

  it('shows a picked version read-only, with what changed since', async () => {
    await liveText(trainer).locator('p').first().click();
    await trainer.keyboard.press('End');
    await trainer.keyboard.type(' Parked cars count as well.');
    const token = await logIn(demo.url, 'trainer');
    const raw = await openRawDocument(demo.url, token, projectDocumentName('demo', 'guidelines'));
    const added = insertDisagreementExample(
      raw.doc,
      {
        projectId: 'demo',
        itemId: 'street-frames',
        layers: ['a.demo-annotator1', 'a.demo-annotator2'],
        frames: [1, 1],
        kind: 'label',
        message: 'The van at the kerb is a Vehicle, even when half out of frame.',
        thumbnailUrl: await demoFrameUrl(demo.url, token),
      },
      LOCAL_ORIGIN,
    );
    expect(added.ok).toBe(true);
    await liveText(annotator).locator('section.guideline-example img').waitFor({ timeout: 5_000 });
    raw.close();
    await expect
      .poll(() =>
        liveText(annotator)
          .locator('section.guideline-example img')
          .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
      )
      .toBe(true);

    await annotator
      .getByTestId('guidelines-versions')
      .getByRole('button', { name: /Round 1/ })
      .click();
    const diff = annotator.getByTestId('guidelines-diff');
    await diff.locator('[data-change="added"]').first().waitFor();

    expect(await annotator.getByTestId('guidelines-version').locator('h1').textContent()).toBe(
      'Vehicles',
    );
    expect(await diff.locator('[data-change="removed"]').allTextContents()).toEqual([
      '−Box the whole car, mirrors included.',
    ]);
    expect(await diff.locator('[data-change="added"]').allTextContents()).toContain(
      '+Box the whole car, mirrors included. Parked cars count as well.',
    );
    expect(await diff.locator('[data-change="added"]').allTextContents()).toContain(
      '+The van at the kerb is a Vehicle, even when half out of frame.',
    );
    expect(await liveText(annotator).isVisible()).toBe(false);

    await trainer.mouse.click(5, 300);
    await trainer.screenshot({ path: path.join(ARTIFACTS, 'guidelines.png') });
    await annotator.screenshot({ path: path.join(ARTIFACTS, 'guidelines-version.png') });
    await annotator.getByTestId('guidelines-back-to-current').click();
    await liveText(annotator).waitFor();
  });
});
