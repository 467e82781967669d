import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeItem, NativeRecord } from '../../../shared/formats/native/nativeItemSchema.ts';
import { runConcord } from '../runConcord.ts';

const base = {
  source: 'human',
  createdBy: 'x',
  createdAt: 1_700_000_000_000,
  updatedBy: 'x',
  attributes: {},
};

function track(id: string, labelId: string, x: number, outsideAt?: number): NativeRecord {
  const box = { x, y: 10, w: 40, h: 40 };
  return {
    ...base,
    id,
    kind: 'track',
    labelId,
    keyframes:
      outsideAt === undefined
        ? { '0': { box, outside: false }, '10': { box, outside: false } }
        : { '0': { box, outside: false }, [String(outsideAt)]: { box, outside: true } },
  } as NativeRecord;
}

function segment(id: string, startMs: number, endMs: number): NativeRecord {
  return {
    ...base,
    id,
    kind: 'segment',
    labelId: 'siren',
    tierId: 'events',
    startMs,
    endMs,
    speaker: null,
    value: null,
  } as NativeRecord;
}

function exported(layers: { layer: string; records: NativeRecord[] }[]): NativeItem {
  return {
    format: 'concord.item',
    version: 2,
    exportedAt: '2026-11-26T10:00:00.000Z',
    project: { id: 'street' },
    item: {
      id: 'clip-1',
      name: 'Street',
      media: {
        durationMs: 10_000,
        frameRate: { num: 30, den: 1 },
        frameCount: 300,
        width: 640,
        height: 360,
        mimeType: 'video/mp4',
        sha256: 'a'.repeat(64),
      },
    },
    schemaVersions: { document: 1, records: { track: 1, segment: 0 } },
    layers: layers.map(({ layer, records }) => ({
      layer,
      records,
      transcript: [],
      links: [],
      meta: { schemaVersion: 1, recordVersions: { track: 1, segment: 0 } },
    })),
  };
}

let folder: string;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-agreement-'));
});
afterAll(() => fs.rm(folder, { recursive: true, force: true }));

async function report(item: NativeItem, ...args: string[]) {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.concord.json`);
  await fs.writeFile(file, JSON.stringify(item));
  return runConcord(['agreement', file, ...args]);
}

describe('concord agreement <export>', () => {
  const item = exported([
    { layer: 'a.ann', records: [track('car1', 'car', 0), segment('s1', 1_000, 3_000)] },
    {
      layer: 'a.ben',
      records: [
        track('carB', 'car', 12),
        track('dog1', 'dog', 300, 5),
        segment('t1', 1_000, 3_400),
      ],
    },
    { layer: 'main', records: [track('other', 'car', 500)] },
  ]);

  it('compares the annotators’ layers of an export and lists each disagreement with its place', async () => {
    const { code, stdout, stderr } = await report(item);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      pairs: {
        layers: string[];
        spatial: Record<string, unknown>;
        segments: Record<string, unknown>;
      }[];
      disagreements: { kind: string; objectIds: string[]; location: unknown }[];
    };
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({
      layers: ['a.ann', 'a.ben'],
      spatial: { framesCompared: 11, matched: 11, missing: 0, extra: 5, idf1: 11 / 13.5 },
      segments: { matched: 1, missing: 0, extra: 0, meanBoundaryErrorMs: 200 },
    });
    expect(
      result.disagreements.map((entry) => [entry.kind, entry.objectIds, entry.location]),
    ).toEqual([
      ['extra', ['dog1'], { frames: { first: 0, last: 4 } }],
      ['geometry', ['car1', 'carB'], { frames: { first: 0, last: 10 } }],
      ['boundary', ['s1', 't1'], { startMs: 1_000, endMs: 3_400 }],
    ]);
  });

  it('prints a readable table, compares the layers asked for, and refuses a file with one layer to compare', async () => {
    const table = await report(item, '--table');
    expect(table.stdout).toContain('a.ann ~ a.ben');
    expect(table.stdout).toContain('3 disagreements, most severe first:');
    const chosen = await report(item, '--layers', 'a.ann,main');
    expect(JSON.parse(chosen.stdout).pairs[0].layers).toEqual(['a.ann', 'main']);
    const alone = await report(exported([{ layer: 'a.ann', records: [] }]));
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(
      'concord: agreement needs two layers to compare; found 1 (the file has: a.ann; choose with --layers)\n',
    );
  });
});
