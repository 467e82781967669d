import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { TestServer } from '../testServer.ts';
import { startTestServer } from '../testServer.ts';

let testServer: TestServer;

beforeAll(async () => {
  testServer = await startTestServer();
});

afterAll(() => testServer.close());

/** The HTTP status of a websocket handshake, or 101 when the socket opened. */
function handshakeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${testServer.server.port}${path}`);
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', (error) => reject(error));
  });
}

describe('websocket upgrades', () => {
  it('accepts the collaboration path', async () => {
    expect(await handshakeStatus('/collab')).toBe(101);
    expect(await handshakeStatus('/collab?session=1')).toBe(101);
  });

  it('refuses every other path', async () => {
    expect(await handshakeStatus('/')).toBe(404);
    expect(await handshakeStatus('/api/projects')).toBe(404);
    expect(await handshakeStatus('/collab/../secret')).toBe(404);
    expect(await handshakeStatus('/collabx')).toBe(404);
  });
});
