import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { hashPassword } from '../../server/auth/passwords.ts';
import { parseConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import type { ItemSummary, LoginResponse } from '../../shared/protocol/http.ts';
import type { PeaksDescription } from '../../shared/protocol/peaks.ts';

/** A Concord server holding one audio item, its peaks computed, and a member's token. */
export interface WaveformBenchServer {
  url: string;
  token: string;
  media: { mediaId: string; mediaUrl: string; durationMs: number };
  /** Upload and ingest, ms. */
  ingestMs: number;
  /** From the end of ingest until the peaks computed in the background could be described, ms. */
  peaksMs: number;
  peaksFileBytes: number;
  levelCount: number;
  sampleCount: number;
  close(): Promise<void>;
}

const PROJECT_ID = 'bench';
const USERNAME = 'bencher';
const PASSWORD = 'bench-password';

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok)
    throw new Error(`${what} failed with ${response.status}: ${await response.text()}`);
  return response;
}

/**
 * Starts a real Concord server (port 0, throw-away DATA_DIR), uploads the audio file over HTTP as
 * a trainer would, and waits for the waveform peaks that ingest computes in the background.
 */
export async function startWaveformBenchServer(audioPath: string): Promise<WaveformBenchServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-bench-waveform-'));
  const config = parseConfig(
    {},
    { host: '127.0.0.1', port: 0, dataDir, seedDemo: false, logLevel: 'silent' },
  );
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  const close = async () => {
    await server.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    const userId = randomUUID();
    await server.metaStore.createUser({
      id: userId,
      username: USERNAME,
      name: 'Bench',
      colour: '#1f77b4',
      passwordHash: await hashPassword(PASSWORD),
    });
    await server.metaStore.createProject({ id: PROJECT_ID, name: 'Bench' });
    await server.metaStore.setMembership(PROJECT_ID, userId, 'trainer');
    const login = await expectOk(
      await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
      }),
      'logging in',
    );
    const { token } = (await login.json()) as LoginResponse;
    const authorization = { authorization: `Bearer ${token}` };
    const startedMs = performance.now();
    const uploaded = await expectOk(
      await fetch(`${server.url}/api/projects/${PROJECT_ID}/items?name=hour`, {
        method: 'POST',
        headers: authorization,
        body: await fs.readFile(audioPath),
      }),
      'uploading the hour',
    );
    const item = (await uploaded.json()) as ItemSummary;
    const ingestedMs = performance.now();
    if (!item.media) throw new Error('the uploaded item has no media');
    const described = await expectOk(
      await fetch(`${server.url}/media/${item.media.id}/peaks`, { headers: authorization }),
      'describing the peaks',
    );
    const description = (await described.json()) as PeaksDescription;
    const peaksMs = performance.now() - ingestedMs;
    return {
      url: server.url,
      token,
      media: {
        mediaId: item.media.id,
        mediaUrl: item.media.url,
        durationMs: item.media.durationMs,
      },
      ingestMs: ingestedMs - startedMs,
      peaksMs,
      peaksFileBytes: (await fs.stat(server.peaks.peaksPath(item.media.id))).size,
      levelCount: description.levels.length,
      sampleCount: description.sampleCount,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
