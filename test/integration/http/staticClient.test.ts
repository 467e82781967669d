import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

const INDEX_HTML = '<!doctype html><title>Concord</title><div id="root"></div>';

let server: HttpTestServer;

beforeAll(async () => {
  server = await startHttpTestServer();
});

afterAll(() => server.close());

async function buildClient(): Promise<void> {
  await fs.mkdir(path.join(server.config.clientDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(server.config.clientDir, 'index.html'), INDEX_HTML);
  await fs.writeFile(
    path.join(server.config.clientDir, 'assets', 'app-1a2b.js'),
    'console.log(1);',
  );
}

describe('the web client on /', () => {
  it('answers /healthz with 200 whether or not the client is built', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('shows a page saying how to build the client when it is not built', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('serves index.html for the root and for any page path', async () => {
    await buildClient();
    for (const pagePath of ['/', '/projects/demo/items/street']) {
      const response = await fetch(`${server.url}${pagePath}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('serves hashed assets with their type and a long cache life', async () => {
    const response = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    const response = await fetch(`${server.url}/assets/missing.js`);
    expect(response.status).toBe(404);
  });

  it('answers unknown API paths with a JSON 404, never the page', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe('nothing is served at /api/nothing-here');
  });
});
