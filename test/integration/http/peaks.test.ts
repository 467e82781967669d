import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.ts';
import type { RunningServer } from '../../../server/main.ts';
import { startServer } from '../../../server/main.ts';
import { readPeaksLayout } from '../../../server/media/peaks/readPeaksLayout.ts';
import type { ErrorBody, ItemSummary } from '../../../shared/protocol/http.ts';
import type { PeaksDescription } from '../../../shared/protocol/peaks.ts';
import { LogCapture } from '../hostile/LogCapture.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';

const ffmpegFound = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
const requireFfmpeg = process.env.CI === 'true';
if (!ffmpegFound && !requireFfmpeg) {
  console.warn(
    'skipping the waveform peaks routes: ffmpeg is not on PATH (apt-get install ffmpeg)',
  );
}

const INTERVIEW_PATH = new URL('../../../samples/interview.m4a', import.meta.url);

let dataDir: string;
let server: RunningServer;
let logs: LogCapture;
let trainerToken: string;
let outsiderToken: string;
let audioId: string;

async function upload(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<ItemSummary> {
  const response = await fetch(`${server.url}/api/projects/studio/items?name=${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${trainerToken}` },
    body: bytes,
  });
  if (response.status !== 201) throw new Error(`upload failed: ${await response.text()}`);
  return (await response.json()) as ItemSummary;
}

function get(pathAndQuery: string, token = trainerToken): Promise<Response> {
  return fetch(`${server.url}${pathAndQuery}`, { headers: { Authorization: `Bearer ${token}` } });
}

async function describePeaks(mediaId: string): Promise<PeaksDescription> {
  const response = await get(`/media/${mediaId}/peaks`);
  expect(response.status).toBe(200);
  return (await response.json()) as PeaksDescription;
}

async function buckets(level: number, from: number, count: number): Promise<Int8Array> {
  const response = await get(
    `/media/${audioId}/peaks/buckets?level=${level}&from=${from}&count=${count}`,
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/octet-stream');
  return new Int8Array(await response.arrayBuffer());
}

async function errorOf(response: Response): Promise<ErrorBody['error'] & { status: number }> {
  return { status: response.status, ...((await response.json()) as ErrorBody).error };
}

function computedLines(mediaId: string): number {
  return logs.lines.filter(
    (line) => line.msg === 'waveform peaks computed' && line.mediaId === mediaId,
  ).length;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-peaks-http-'));
  const config = parseConfig(
    {},
    { host: '127.0.0.1', port: 0, dataDir, seedDemo: false, logLevel: 'info' },
  );
  logs = new LogCapture('info');
  server = await startServer(config, { logger: logs.logger });
  for (const [username, projectId] of [
    ['tia', 'studio'],
    ['olga', 'elsewhere'],
  ] as const) {
    await addMember(server.metaStore, {
      username,
      password: `pw-${username}`,
      role: 'trainer',
      projectId,
    });
  }
  trainerToken = await logIn(server.url, 'tia', 'pw-tia');
  outsiderToken = await logIn(server.url, 'olga', 'pw-olga');
  const item = await upload(await fs.readFile(INTERVIEW_PATH), 'interview');
  audioId = item.media?.id ?? '';
});

afterAll(async () => {
  await server?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe.skipIf(!ffmpegFound && !requireFfmpeg)('waveform peaks over HTTP', () => {
  it('computes the peaks of an upload in the background, before anyone asks', async () => {
    const peaksPath = server.peaks.peaksPath(audioId);
    await until(() =>
      fs.stat(peaksPath).then(
        () => true,
        () => false,
      ),
    );
    expect(readPeaksLayout(await fs.readFile(peaksPath)).ok).toBe(true);
  });

  it('describes the levels of an audio-only item, finest first', async () => {
    const description = await describePeaks(audioId);
    expect(description.mediaId).toBe(audioId);
    expect(description.sampleRate).toBe(16_000);
    // 25 s at 16 kHz, give or take the encoder's padding.
    expect(Math.abs(description.sampleCount - 400_000)).toBeLessThan(2_000);
    expect(description.levels.map((level) => level.samplesPerBucket)).toEqual([32, 128, 512, 2048]);
    for (const level of description.levels) {
      expect(level.bucketCount).toBe(Math.ceil(description.sampleCount / level.samplesPerBucket));
    }
  });

  it('sends a range of buckets as min/max bytes that agree across levels', async () => {
    const fine = await buckets(0, 5_500, 64);
    const coarse = await buckets(1, 1_375, 16);
    expect(fine.length).toBe(128);
    for (let bucket = 0; bucket < 16; bucket += 1) {
      const quarter = fine.subarray(8 * bucket, 8 * bucket + 8);
      const mins = quarter.filter((_, index) => index % 2 === 0);
      const maxes = quarter.filter((_, index) => index % 2 === 1);
      expect([coarse[2 * bucket], coarse[2 * bucket + 1]]).toEqual([
        Math.min(...mins),
        Math.max(...maxes),
      ]);
      expect(coarse[2 * bucket]!).toBeLessThanOrEqual(coarse[2 * bucket + 1]!);
    }
    // 11 s is inside the third utterance: speech, not silence.
    expect(Math.max(...coarse)).toBeGreaterThan(10);
  });

  it('refuses someone outside the project as if the media did not exist', async () => {
    for (const route of [
      `/media/${audioId}/peaks`,
      `/media/${audioId}/peaks/buckets?level=0&from=0&count=1`,
    ]) {
      expect(await errorOf(await get(route, outsiderToken))).toEqual({
        status: 404,
        code: 'not_found',
        message: `there is no media '${audioId}' you can see`,
        field: 'mediaId',
      });
      expect((await fetch(`${server.url}${route}`)).status).toBe(401);
    }
  });

  it('names the parameter that is wrong', async () => {
    const description = await describePeaks(audioId);
    const finest = description.levels[0]!.bucketCount;
    const cases: Array<[string, string, RegExp]> = [
      ['level=9&from=0&count=1', 'level', /^level 9 does not exist: this waveform has levels 0–3/],
      ['level=one&from=0&count=1', 'level', /^level: level must be a whole number/],
      ['level=0&from=0', 'count', /^count: count is required/],
      ['level=0&from=0&count=0', 'count', /^count must be from 1 to 65536, not 0$/],
      [
        `level=0&from=${finest}&count=1`,
        'from',
        new RegExp(`^from ${finest} is past the end of level 0`),
      ],
      [
        `level=0&from=${finest - 5}&count=6`,
        'count',
        /run past the end of level 0.*ask for at most 5$/,
      ],
    ];
    for (const [query, field, message] of cases) {
      const error = await errorOf(await get(`/media/${audioId}/peaks/buckets?${query}`));
      expect({ query, status: error.status, field: error.field }).toEqual({
        query,
        status: 400,
        field,
      });
      expect(error.message).toMatch(message);
    }
  });

  it('answers 404 for media without audio', async () => {
    const silentPath = path.join(dataDir, 'silent.mp4');
    const made = spawnSync('ffmpeg', [
      ...['-v', 'error', '-f', 'lavfi', '-i', 'color=c=black:s=64x64:r=10', '-t', '1'],
      ...['-c:v', 'mpeg4', '-y', silentPath],
    ]);
    expect(made.status).toBe(0);
    const item = await upload(await fs.readFile(silentPath), 'silent');
    expect(await errorOf(await get(`/media/${item.media?.id}/peaks`))).toEqual({
      status: 404,
      code: 'no_audio',
      message: `media '${item.media?.id}' has no audio, so it has no waveform`,
    });
  });

  it('computes a damaged peaks file again instead of serving it', async () => {
    const peaksPath = server.peaks.peaksPath(audioId);
    const before = await describePeaks(audioId);
    const intact = await fs.readFile(peaksPath);
    const computedBefore = computedLines(audioId);
    await fs.writeFile(peaksPath, intact.subarray(0, intact.length - 100));
    expect(await describePeaks(audioId)).toEqual(before);
    const flipped = Buffer.from(intact);
    flipped[intact.length - 50] = (flipped[intact.length - 50]! + 1) % 256;
    await fs.writeFile(peaksPath, flipped);
    expect((await buckets(0, 0, 16)).length).toBe(32);
    expect(computedLines(audioId)).toBe(computedBefore + 2);
    expect((await fs.readFile(peaksPath)).equals(intact)).toBe(true);
    expect(
      logs.lines.filter((line) => line.msg === 'peaks file is damaged; computing it again'),
    ).toHaveLength(2);
  });

  it('computes once however many ask at the same time', async () => {
    await fs.rm(server.peaks.peaksPath(audioId));
    const computedBefore = computedLines(audioId);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => get(`/media/${audioId}/peaks`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(computedLines(audioId)).toBe(computedBefore + 1);
  });
});

describe('waveform peaks on a server without ffmpeg', () => {
  it('answers 503 saying what to install', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-peaks-noffmpeg-'));
    const config = parseConfig(
      {},
      { host: '127.0.0.1', port: 0, dataDir: folder, seedDemo: false, logLevel: 'silent' },
    );
    const bare = await startServer(config, { logger: new LogCapture().logger, ffmpegPath: null });
    try {
      await addMember(bare.metaStore, {
        username: 'nia',
        password: 'pw-nia',
        role: 'trainer',
        projectId: 'studio',
      });
      const token = await logIn(bare.url, 'nia', 'pw-nia');
      const uploaded = await fetch(`${bare.url}/api/projects/studio/items?name=interview`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: await fs.readFile(INTERVIEW_PATH),
      });
      const item = (await uploaded.json()) as ItemSummary;
      const response = await fetch(`${bare.url}/media/${item.media?.id}/peaks`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(await errorOf(response)).toEqual({
        status: 503,
        code: 'no_ffmpeg',
        message: 'this server has no ffmpeg to compute waveforms with; install FFmpeg on it',
      });
    } finally {
      await bare.close();
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
