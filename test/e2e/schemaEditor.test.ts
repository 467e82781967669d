import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { openDemoEditor } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { DEMO_PASSWORD, startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

/**
 * Signs in as `username` in a fresh browser context and opens the demo project's schema page:
 * through the item list's link for a trainer, by its address for anyone else (who has no link).
 */
async function openSchemaPage(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('project-demo').click();
  await page.getByTestId('item-street').waitFor();
  if (username === 'trainer') {
    await page.getByTestId('schema-link').click();
  } else {
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('schema-link').count()).toBe(0);
    await page.goto(`${baseUrl}/p/demo/schema`);
  }
  await page.getByTestId('schema-label-car').waitFor({ timeout: 15_000 });
  await page.getByTestId('sync-schema').filter({ hasText: 'saved' }).waitFor({ timeout: 15_000 });
  return page;
}

describe.skipIf(skipReason !== null)('the label schema editor', () => {
  let demo: DemoServer;
  let browser: Browser;
  let trainer: Page;
  let editor: Page;

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    browser = await launchChromium();
    editor = await openDemoEditor(browser, demo.url, 'annotator1');
    trainer = await openSchemaPage(browser, demo.url, 'trainer');
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renames a label and an annotator’s editor shows the new name within a second', async () => {
    const labelButton = editor.getByTestId('label-car');
    expect(await labelButton.textContent()).toContain('car');
    const name = trainer.getByTestId('label-name-car');
    await name.fill('Vehicle');
    const committedMs = Date.now();
    await name.press('Enter');
    await labelButton.filter({ hasText: 'Vehicle' }).waitFor({ timeout: 1_000 });
    expect(Date.now() - committedMs).toBeLessThan(1_000);
    await trainer.getByTestId('sync-schema').filter({ hasText: 'saved' }).waitFor();
    await trainer.screenshot({ path: path.join(ARTIFACTS, 'schema-editor.png'), fullPage: true });
  });

  it('shows a refusal beside the field and puts the name back on Escape', async () => {
    const name = trainer.getByTestId('label-name-bicycle');
    await name.fill('VEHICLE');
    await name.press('Enter');
    expect(await trainer.getByTestId('label-name-bicycle-error').textContent()).toContain(
      'is already the name of label car ("Vehicle")',
    );
    await name.press('Escape');
    expect(await name.inputValue()).toBe('bicycle');
    expect(await trainer.getByTestId('label-name-bicycle-error').count()).toBe(0);

    const hotkey = trainer.getByTestId('label-hotkey-dog');
    await hotkey.fill('1');
    await hotkey.press('Enter');
    expect(await trainer.getByTestId('label-hotkey-dog-error').textContent()).toBe(
      'hotkey 1 is already the label "person" (person): choose another key',
    );
    await hotkey.press('Escape');
  });

  it('adds a label that the editor offers at once', async () => {
    await trainer.getByTestId('add-label-name').fill('Traffic light');
    await trainer.getByTestId('add-label-submit').click();
    await trainer.getByTestId('label-name-traffic-light').waitFor();
    await editor.getByTestId('label-traffic-light').waitFor({ timeout: 1_000 });
  });

  it('adds an attribute and a tier, and renames them keeping their ids', async () => {
    await trainer.getByTestId('add-attribute-bicycle-open').click();
    await trainer.getByTestId('add-attribute-bicycle-name').fill('Make');
    await trainer.getByTestId('add-attribute-bicycle-submit').click();
    expect(await trainer.getByTestId('add-attribute-bicycle-error').textContent()).toBe(
      'attribute make would not be valid (options): a select attribute needs at least one option',
    );
    await trainer
      .getByLabel('Options of the new attribute, separated by commas')
      .fill('brompton, other');
    await trainer.getByTestId('add-attribute-bicycle-submit').click();
    const attribute = trainer.getByTestId('attribute-name-bicycle-make');
    await attribute.fill('Brand');
    await attribute.press('Enter');
    expect(await trainer.getByTestId('attribute-bicycle-make').textContent()).toContain(
      'select: brompton, other',
    );

    await trainer.getByTestId('add-tier-name').fill('Gestures');
    await trainer.getByTestId('add-tier-submit').click();
    const tier = trainer.getByTestId('tier-name-gestures');
    await tier.fill('Hand gestures');
    await tier.press('Tab');
    await trainer.getByTestId('sync-schema').filter({ hasText: 'saved' }).waitFor();
    expect(await tier.inputValue()).toBe('Hand gestures');
  });

  it('shows an annotator the schema read-only, live, with the controls disabled', async () => {
    const reader = await openSchemaPage(browser, demo.url, 'annotator2');
    await reader.getByTestId('schema-read-only').waitFor();
    expect(await reader.getByTestId('label-name-car').isDisabled()).toBe(true);
    expect(await reader.getByTestId('add-label-submit').isDisabled()).toBe(true);
    await trainer.getByTestId('label-name-dog').fill('Hound');
    await trainer.getByTestId('label-name-dog').press('Enter');
    await reader.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[data-testid="label-name-dog"]')?.value ===
        'Hound',
      undefined,
      { timeout: 1_000 },
    );
  });
});
