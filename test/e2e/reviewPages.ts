import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { AssignmentsResponse } from '../../shared/protocol/assignments.ts';
import type { LoginResponse } from '../../shared/protocol/http.ts';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';
import { DEMO_PASSWORD } from './startDemoServer.ts';

/** Signs a demo user in over HTTP and returns their token. */
export async function logIn(baseUrl: string, username: string): Promise<string> {
  const reply = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!reply.ok) throw new Error(`${username} could not sign in: ${reply.status}`);
  return ((await reply.json()) as LoginResponse).token;
}

/** As a trainer, gives each named annotator a blind assignment of a demo item; returns their layers by username. */
export async function assignBlind(
  baseUrl: string,
  itemId: string,
  usernames: string[],
): Promise<Map<string, string>> {
  const reply = await fetch(`${baseUrl}/api/projects/demo/items/${itemId}/assignments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await logIn(baseUrl, 'trainer')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ usernames, mode: 'blind' }),
  });
  if (reply.status !== 201) throw new Error(`assignments refused: ${await reply.text()}`);
  const { assignments } = (await reply.json()) as AssignmentsResponse;
  return new Map(assignments.map((each) => [each.username, each.layer]));
}

/** Signs a demo user in, in a browser context of their own, and waits for the project list. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('project-demo').waitFor();
  return page;
}

async function waitForVideo(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
    return video !== null && video.readyState >= 2;
  });
}

/** Opens the demo video's editor as a blind annotator, waiting until their own layer is saved. */
export async function openBlindEditor(
  browser: Browser,
  baseUrl: string,
  username: string,
  layer: string,
): Promise<Page> {
  const page = await signIn(browser, baseUrl, username);
  await page.getByTestId('project-demo').click();
  await page.getByTestId('item-street').click();
  await page.getByTestId(`sync-${layer}`).filter({ hasText: 'saved' }).waitFor({ timeout: 15_000 });
  await waitForVideo(page);
  return page;
}

/** Opens a demo item's review page (the video's by default), waiting until the results are synced. */
export async function openReviewPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  itemId = 'street',
): Promise<Page> {
  const page = await signIn(browser, baseUrl, username);
  await page.goto(`${baseUrl}/p/demo/i/${itemId}/review`);
  const agreement = page.getByTestId('sync-agreement');
  await agreement.filter({ hasText: 'saved' }).waitFor({ timeout: 15_000 });
  await waitForVideo(page);
  return page;
}

/** The disagreements the review page lists, in order, as their ids and object ids. */
export async function listedDisagreements(
  page: Page,
): Promise<Array<{ id: string; kind: string; objects: string[] }>> {
  return page.getByTestId('disagreement').evaluateAll((entries) =>
    entries.map((entry) => ({
      id: entry.getAttribute('data-id') ?? '',
      kind: entry.getAttribute('data-kind') ?? '',
      objects: (entry.getAttribute('data-objects') ?? '').split(' ').filter(Boolean),
    })),
  );
}

/** Opens a document over a raw Hocuspocus socket, outside any browser, and waits until it is synced. */
export async function openRawDocument(
  baseUrl: string,
  token: string,
  documentName: string,
): Promise<{ doc: Y.Doc; close(): void }> {
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`,
    WebSocketPolyfill: WebSocket,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    name: documentName,
    token,
    document: doc,
    websocketProvider: socket,
  });
  provider.attach();
  const deadline = Date.now() + 10_000;
  while (!provider.isSynced) {
    if (Date.now() > deadline) throw new Error(`${documentName} did not sync within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    doc,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}
