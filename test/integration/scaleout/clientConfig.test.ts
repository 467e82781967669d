import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfigSchema } from '../../../shared/protocol/clientConfig.ts';
import type { HttpTestServer } from '../http/startHttpTestServer.ts';
import { startHttpTestServer } from '../http/startHttpTestServer.ts';

let server: HttpTestServer;

beforeAll(async () => {
  server = await startHttpTestServer({
    serverUrls: ['https://a.example.com', 'https://b.example.com'],
  });
});

afterAll(async () => {
  await server.close();
});

describe('GET /api/config', () => {
  it('lists every server process to anyone, before they sign in', async () => {
    const response = await fetch(`${server.url}/api/config`);
    expect(response.status).toBe(200);
    const body = clientConfigSchema.parse(await response.json());
    expect(body.serverUrls).toEqual(['https://a.example.com', 'https://b.example.com']);
  });
});
