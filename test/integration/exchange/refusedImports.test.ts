import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { annotateItem } from './annotateItem.ts';
import { exportOverHttp, importOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;
let validFile: string;
let emptyItemId: string;

// These tests break the file on purpose, in places its type does not allow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenJson = any;

function brokenFile(breakIt: (file: BrokenJson) => void): string {
  const file = JSON.parse(validFile) as BrokenJson;
  breakIt(file);
  return JSON.stringify(file);
}

function mainRecords(file: BrokenJson): BrokenJson[] {
  return file.layers.find((layer: BrokenJson) => layer.layer === 'main').records;
}

/** Imports as the admin into a new item and into an existing empty one; both must be refused alike. */
async function refusedEverywhere(fileText: string) {
  const documentStore = server.testServer.server.documentStore;
  const logBefore = await documentStore.readLog(
    itemDocumentName(server.projectId, emptyItemId, 'main'),
  );
  const intoNew = await importOverHttp(
    server.url,
    server.admin.token,
    { projectId: server.projectId, itemId: 'never' },
    fileText,
  );
  const intoEmpty = await importOverHttp(
    server.url,
    server.admin.token,
    { projectId: server.projectId, itemId: emptyItemId },
    fileText,
  );
  expect(intoEmpty).toEqual(intoNew);
  expect(await server.testServer.metaStore.getItem(server.projectId, 'never')).toBeUndefined();
  for (const layer of ['main', 'gold']) {
    expect(
      await documentStore.hasDocument(itemDocumentName(server.projectId, 'never', layer)),
    ).toBe(false);
  }
  expect(
    await documentStore.readLog(itemDocumentName(server.projectId, emptyItemId, 'main')),
  ).toEqual(logBefore);
  return intoNew;
}

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId);
  emptyItemId = await server.addVideoItem('Empty target');
  validFile = (
    await exportOverHttp(server.url, server.admin.token, server.projectId, server.itemId)
  ).text;
});

afterAll(() => server.close());

describe('an import that is refused', () => {
  it('says where a file stops being JSON', async () => {
    const refused = await refusedEverywhere(validFile.slice(0, 200));
    expect(refused.status).toBe(400);
    expect(refused.refusal!.error.code).toBe('invalid_file');
    expect(refused.refusal!.problems).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^the file is not valid JSON: .*line \d+ column \d+/),
      },
    ]);
  });

  it('refuses a file of a newer layout', async () => {
    const refused = await refusedEverywhere(brokenFile((file) => (file.version = 2)));
    expect(refused.status).toBe(400);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'version',
        message:
          'version 2 is newer than this server reads (1); update Concord to import this file',
      },
    ]);
  });

  it('names a negative width by its path', async () => {
    const refused = await refusedEverywhere(
      brokenFile((file) => (mainRecords(file)[0].keyframes['120'].box.w = -3)),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].records[0].keyframes["120"].box.w',
        message: 'expected a number ≥ 0, got -3',
      },
    ]);
  });

  it('lists every problem with the references at once: an unknown tier, a keyframe past the end', async () => {
    const refused = await refusedEverywhere(
      brokenFile((file) => {
        const [car1, , utt1, , honk] = mainRecords(file);
        car1.keyframes['600'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
        utt1.tierId = 'phones';
        honk.labelId = 'bus';
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.error).toEqual({
      code: 'invalid_annotations',
      message: 'nothing was imported: 3 problems',
    });
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].records[0].keyframes["600"]',
        message: 'frame 600 is after the end of the video (600 frames, the last is 599)',
      },
      {
        path: 'layers[0].records[2].tierId',
        message: 'tier "phones" is not in the label schema of project street',
      },
      {
        path: 'layers[0].records[4].labelId',
        message: 'label "bus" is not in the label schema of project street',
      },
    ]);
    expect(refused.refusal!.problemCount).toBe(3);
  });

  it('reports broken fields together with the references of the records that are sound', async () => {
    const refused = await refusedEverywhere(
      brokenFile((file) => {
        const [car1, car2, utt1] = mainRecords(file);
        car1.keyframes['120'].box.w = -3;
        car2.keyframes['700'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
        utt1.tierId = 'phones';
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems.map(({ path }) => path)).toEqual([
      'layers[0].records[0].keyframes["120"].box.w',
      'layers[0].records[1].keyframes["700"]',
      'layers[0].records[2].tierId',
    ]);
  });

  it('refuses layers the user may not write, naming each', async () => {
    const withGold = brokenFile((file) =>
      file.layers.unshift({ ...file.layers[0], layer: 'gold' }),
    );
    const refused = await importOverHttp(
      server.url,
      server.annotator.token,
      { projectId: server.projectId, itemId: emptyItemId },
      withGold,
    );
    expect(refused.status).toBe(403);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].layer',
        message: `your role (annotator) may not write layer gold of item ${emptyItemId}`,
      },
    ]);
  });

  it('refuses to create an item for someone who may not add items', async () => {
    const refused = await importOverHttp(
      server.url,
      server.annotator.token,
      { projectId: server.projectId, itemId: 'annotators-copy' },
      validFile,
    );
    expect(refused.status).toBe(404);
    expect(
      await server.testServer.metaStore.getItem(server.projectId, 'annotators-copy'),
    ).toBeUndefined();
  });

  it('keeps annotations already there unless asked to replace them', async () => {
    const target = { projectId: server.projectId, itemId: server.itemId };
    const edited = brokenFile((file) => (mainRecords(file)[4].value = 'horn'));
    const refused = await importOverHttp(server.url, server.admin.token, target, edited);
    expect(refused.status).toBe(409);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].layer',
        message: `layer main of item ${server.itemId} already holds annotations; import with replace to overwrite them`,
      },
    ]);
    const replaced = await importOverHttp(
      server.url,
      server.admin.token,
      { ...target, replace: true },
      edited,
    );
    expect(replaced.summary?.layers).toEqual([
      {
        layer: 'main',
        tracks: 2,
        keyframes: 4,
        masks: 0,
        segments: 3,
        transcriptBlocks: 2,
        replaced: true,
      },
    ]);
    const after = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      server.itemId,
    );
    expect(mainRecords(JSON.parse(after.text))[4].value).toBe('horn');
  });
});
