import { afterEach, describe, expect, it } from 'vitest';
import { addDisagreementExample } from '../../../client/guidelines/addDisagreementExample.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { projectDocumentName } from '../../../shared/doc/documentName.ts';
import { guidelineBlocks } from '../../../shared/doc/guidelineBlocks.ts';
import { readGuidelineContent } from '../../../shared/doc/guidelineContent.ts';
import {
  readGuidelineVersions,
  saveGuidelineVersion,
} from '../../../shared/doc/guidelineVersions.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { editGuidelineText, heading, paragraph } from '../../fixtures/guidelineEditing.ts';
import { nextVerdict, storedEditBy } from '../permissions/probeAccess.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

const GUIDELINES = projectDocumentName('street', 'guidelines');

let pools: ClientPool[] = [];
let servers: TestServer[] = [];

afterEach(async () => {
  pools.forEach((pool) => pool.destroyAll());
  await Promise.all(servers.map((server) => server.close()));
  pools = [];
  servers = [];
});

async function start(dataDir?: string) {
  const testServer = await startTestServer(dataDir ? { dataDir } : {});
  servers.push(testServer);
  const pool = new ClientPool(testServer.collabUrl);
  pools.push(pool);
  return { testServer, pool };
}

async function staffedProject(testServer: TestServer) {
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  const trainer = await createMember(testServer.metaStore, 'street', 'tess', 'trainer');
  const annotator = await createMember(testServer.metaStore, 'street', 'ana', 'annotator');
  return { trainer, annotator };
}

function textOf(provider: { document: Parameters<typeof readGuidelineContent>[0] }): string[] {
  return guidelineBlocks(readGuidelineContent(provider.document)).map((block) => block.text);
}

async function openAs(pool: ClientPool, user: UserRow) {
  const provider = pool.open(GUIDELINES, await tokenFor(user));
  await acknowledged(provider);
  return provider;
}

describe('the project guidelines, edited live', () => {
  it('shows a trainer’s edits to an annotator as they are made', async () => {
    const { testServer, pool } = await start();
    const { trainer, annotator } = await staffedProject(testServer);
    const writer = await openAs(pool, trainer);
    const reader = await openAs(pool, annotator);
    expect(writer.authorizedScope).toBe('read-write');
    expect(reader.authorizedScope).toBe('readonly');

    editGuidelineText(writer.document, [heading(1, 'Vehicles'), paragraph('Box the whole car.')]);
    await waitUntil(() => textOf(reader).length === 2, 'the annotator sees the first edit');
    editGuidelineText(writer.document, [
      heading(1, 'Vehicles'),
      paragraph('Box the whole car, mirrors included.'),
    ]);
    await waitUntil(
      () => textOf(reader)[1] === 'Box the whole car, mirrors included.',
      'the annotator sees the second edit',
    );
    await acknowledged(writer);

    expect(textOf(reader)).toEqual(['Vehicles', 'Box the whole car, mirrors included.']);
  });

  it('refuses an annotator’s edits and versions, and stores none of them', async () => {
    const { testServer, pool } = await start();
    const { trainer, annotator } = await staffedProject(testServer);
    const writer = await openAs(pool, trainer);
    editGuidelineText(writer.document, [paragraph('Only trainers write here.')]);
    await acknowledged(writer);
    const reader = await openAs(pool, annotator);

    const textVerdict = nextVerdict(reader);
    editGuidelineText(reader.document, [paragraph('An annotator was here.')]);
    expect(await textVerdict).toBe(false);
    const versionVerdict = nextVerdict(reader);
    const author = { userId: annotator.id, name: annotator.name };
    saveGuidelineVersion(reader.document, { name: 'Mine', author, nowMs: 1 }, LOCAL_ORIGIN);
    expect(await versionVerdict).toBe(false);

    editGuidelineText(writer.document, [paragraph('Only trainers write here. Really.')]);
    await acknowledged(writer);
    const latecomer = await openAs(pool, trainer);
    expect(textOf(latecomer)).toEqual(['Only trainers write here. Really.']);
    expect(readGuidelineVersions(latecomer.document).versions).toEqual([]);
    expect(await storedEditBy(testServer.server.documentStore, GUIDELINES, annotator.id)).toBe(
      false,
    );
  });

  it('keeps a saved version across a server restart', async () => {
    const first = await start();
    const { trainer } = await staffedProject(first.testServer);
    const writer = await openAs(first.pool, trainer);
    editGuidelineText(writer.document, [heading(1, 'Round one'), paragraph('Cars are boxed.')]);
    const author = { userId: trainer.id, name: trainer.name };
    const saved = saveGuidelineVersion(
      writer.document,
      { name: 'Round 1', author, nowMs: 1_700_000_000_000 },
      LOCAL_ORIGIN,
    );
    expect(saved.ok).toBe(true);
    editGuidelineText(writer.document, [heading(1, 'Round two'), paragraph('Vans too.')]);
    await acknowledged(writer);
    first.pool.destroyAll();
    await first.testServer.stop();

    const second = await start(first.testServer.dataDir);
    const reader = await openAs(second.pool, trainer);

    const { versions } = readGuidelineVersions(reader.document);
    expect(versions).toEqual([saved.ok ? saved.value : null]);
    expect(guidelineBlocks(versions[0]!.content).map((block) => block.text)).toEqual([
      'Round one',
      'Cars are boxed.',
    ]);
    expect(textOf(reader)).toEqual(['Round two', 'Vans too.']);
  });

  it('lets a trainer add a disagreement case from another page, and an annotator sees it', async () => {
    const { testServer, pool } = await start();
    const { trainer, annotator } = await staffedProject(testServer);
    const reader = await openAs(pool, annotator);
    const example = {
      projectId: 'street',
      itemId: 'clip-1',
      layers: ['a.one', 'a.two'],
      frames: [3, 9] as [number, number],
      kind: 'label',
      message: 'A van is not a car.',
    };

    const added = await addDisagreementExample(
      { socket: pool.socket(), token: await tokenFor(trainer) },
      example,
    );
    const refused = await addDisagreementExample(
      { socket: pool.socket(), token: await tokenFor(annotator) },
      example,
    );

    expect(added).toEqual({ ok: true, value: { href: '/p/street/i/clip-1/review#frame=3-9' } });
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('trainers and admins') });
    await waitUntil(() => textOf(reader).includes('A van is not a car.'), 'the example arrives');
    expect(textOf(reader).filter((text) => text === 'A van is not a car.')).toHaveLength(1);
  });
});
