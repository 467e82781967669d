import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationSessionResponse } from '../../shared/protocol/calibration.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { logIn, signIn } from './reviewPages.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

const ITEM = 'street-gold';

describe.skipIf(skipReason !== null)('a trainee joining a calibration session by link', () => {
  let demo: DemoServer;
  let browser: Browser;
  let trainer: Page;
  let sessionPath: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    const reply = await fetch(`${demo.url}/api/projects/demo/calibration-sessions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await logIn(demo.url, 'trainer')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Link round', itemIds: [ITEM], usernames: ['annotator1'] }),
    });
    const { session } = (await reply.json()) as CalibrationSessionResponse;
    sessionPath = `/p/demo/calibration/${session.id}`;
    trainer = await signIn(browser, demo.url, 'trainer');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('takes a new person from the trainer’s link to their item in the session', async () => {
    await trainer.goto(`${demo.url}${sessionPath}`);
    await trainer.getByTestId('invite-create').click();
    const link = await trainer.getByTestId('invite-link').inputValue();
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const newcomer = await context.newPage();
    await newcomer.goto(link);
    await expect
      .poll(() => newcomer.getByTestId('join-description').textContent())
      .toContain('Link round');
    await newcomer.getByTestId('join-username').fill('newcomer');
    await newcomer.getByTestId('join-name').fill('Nia Newcomer');
    await newcomer.getByTestId('join-password').fill('newcomer-password');
    await newcomer.getByTestId('join-submit').click();
    await newcomer.getByTestId(`label-${ITEM}`).waitFor({ timeout: 15_000 });
    expect(new URL(newcomer.url()).pathname).toBe(sessionPath);

    await trainer.reload();
    await trainer.locator('[data-testid="invite-entry"][data-state="used"]').waitFor();
    expect(await trainer.getByTestId('invite-list').textContent()).toContain('Nia Newcomer');

    const again = await browser.newContext();
    const latecomer = await again.newPage();
    await latecomer.goto(link);
    await expect
      .poll(() => latecomer.getByTestId('join-state').textContent())
      .toBe('this link was already used');
  });
});
