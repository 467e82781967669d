import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { annotateItem } from './annotateItem.ts';
import { drawShapesAndLinks } from './drawShapesAndLinks.ts';
import { exportOverHttp, importOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;
let validFile: string;
let linkedFile: string;
let emptyItemId: string;

// These tests break the file on purpose, in places its type does not allow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenJson = any;

function brokenFile(breakIt: (file: BrokenJson) => void, fileText = validFile): string {
  const file = JSON.parse(fileText) as BrokenJson;
  breakIt(file);
  return JSON.stringify(file);
}

/** The file with shapes and links, broken in one or more places. */
function brokenLinkedFile(breakIt: (file: BrokenJson) => void): string {
  return brokenFile(breakIt, linkedFile);
}

function mainLayer(file: BrokenJson): BrokenJson {
  return file.layers.find((layer: BrokenJson) => layer.layer === 'main');
}

function mainRecords(file: BrokenJson): BrokenJson[] {
  return mainLayer(file).records;
}

/** A record of the main layer, by id. */
function mainRecord(file: BrokenJson, id: string): BrokenJson {
  return mainRecords(file).find((record) => record.id === id);
}

function mainLink(file: BrokenJson, id: string): BrokenJson {
  return mainLayer(file).links.find((link: BrokenJson) => link.id === id);
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
  const linkedItemId = await server.addVideoItem('Linked');
  await annotateItem(server, linkedItemId);
  await drawShapesAndLinks(server, linkedItemId);
  linkedFile = (
    await exportOverHttp(server.url, server.admin.token, server.projectId, linkedItemId)
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
    const refused = await refusedEverywhere(brokenFile((file) => (file.version = 3)));
    expect(refused.status).toBe(400);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'version',
        message:
          'version 3 is newer than this server reads (2); update Concord to import this file',
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
        shapes: 0,
        masks: 0,
        segments: 3,
        transcriptBlocks: 2,
        links: 0,
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

describe('an import of shapes and links that is refused', () => {
  it('refuses shape keyframes past the last frame, with too few points or visibility flags that miss points', async () => {
    const refused = await refusedEverywhere(
      brokenLinkedFile((file) => {
        const lane = mainRecord(file, 'lane');
        lane.keyframes[2].frame = 600;
        lane.keyframes[1].points = lane.keyframes[1].points.slice(0, 4);
        mainRecord(file, 'walker').keyframes[0].visible = [true, false];
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].records[2].keyframes[1].points',
        message: 'a polygon needs at least 3 points; this keyframe has 2',
      },
      {
        path: 'layers[0].records[2].keyframes[2].frame',
        message: 'frame 600 is after the end of the video (600 frames, the last is 599)',
      },
      {
        path: 'layers[0].records[3].keyframes[0].visible',
        message:
          '2 visibility flags for 3 points: one per point, or null when every point is visible',
      },
    ]);
  });

  it('refuses skeletons the project schema has no template for, or has with other points', async () => {
    const refused = await refusedEverywhere(
      brokenLinkedFile((file) => {
        const walker = mainRecord(file, 'walker');
        walker.keyframes[1].points.push(1, 2);
        walker.keyframes[1].visible.push(true);
        const copy = { ...walker, id: 'horse', skeletonId: 'horse' };
        mainRecords(file).splice(4, 0, copy);
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].records[3].keyframes[1].points',
        message: 'skeleton person has 3 points in the label schema; this keyframe has 4',
      },
      {
        path: 'layers[0].records[4].skeletonId',
        message: 'skeleton "horse" is not in the label schema of project street',
      },
    ]);
  });

  it('refuses links to records the layer lacks, unknown relation types and spans past their text', async () => {
    const refused = await refusedEverywhere(
      brokenLinkedFile((file) => {
        mainLink(file, 'follows').to.objectId = 'bus9';
        mainLink(file, 'follows').relationTypeId = 'owns';
        mainLink(file, 'names').from.to = 99;
        mainLink(file, 'mentions').from.segmentId = 'utt7';
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].links[0].relationTypeId',
        message: 'relation type "owns" is not in the label schema of project street',
      },
      {
        path: 'layers[0].links[0].to.objectId',
        message: 'no record "bus9" in layer main',
      },
      {
        path: 'layers[0].links[1].from.segmentId',
        message: 'no segment "utt7" in layer main',
      },
      {
        path: 'layers[0].links[2].from.to',
        message: 'character 99 is past the end of the text of utterance utt2 (38 characters)',
      },
    ]);
  });

  it('refuses per-frame attribute values past the last frame', async () => {
    const refused = await refusedEverywhere(
      brokenLinkedFile((file) => {
        mainRecord(file, 'car1').attributes['speed@600'] = 31;
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].records[0].attributes["speed@600"]',
        message: 'frame 600 is after the end of the video (600 frames, the last is 599)',
      },
    ]);
  });

  it('lists broken link fields together with the link ends of sound links', async () => {
    const refused = await refusedEverywhere(
      brokenLinkedFile((file) => {
        mainLink(file, 'names').from.from = null;
        mainLink(file, 'follows').from.objectId = 'ghost';
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.refusal!.problems).toEqual([
      {
        path: 'layers[0].links[2].from.from',
        message: 'from and to are both character offsets, or both null when the words were deleted',
      },
      { path: 'layers[0].links[0].from.objectId', message: 'no record "ghost" in layer main' },
    ]);
  });
});
