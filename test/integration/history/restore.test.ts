import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type {
  HistoryRestoreResponse,
  HistoryStateResponse,
} from '../../../shared/protocol/history.ts';
import type { LogEntry } from '../../../server/storage/DocumentStore.ts';
import { readUtteranceTexts } from '../../../server/history/readUtteranceTexts.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { historyRequest } from './historyRequests.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { textLinkEnd } from '../../../shared/doc/textLinkEnd.ts';
import { utteranceText } from '../../../shared/doc/utteranceText.ts';
import { createLink, deleteLink } from '../../../shared/doc/writeLinks.ts';
import type { EditedLayer } from './threeEditorsOverTime.ts';
import { editLayerOverTime } from './threeEditorsOverTime.ts';

let layer: EditedLayer;

beforeAll(async () => {
  layer = await editLayerOverTime();
});

afterAll(() => layer?.close());

function readLog(): Promise<LogEntry[]> {
  return layer.testServer.server.documentStore.readLog(layer.documentName);
}

async function restore(body: unknown, user = layer.users.cy) {
  return historyRequest<HistoryRestoreResponse>(layer, user, 'restore', { body });
}

function expectUnchangedPrefix(before: readonly LogEntry[], after: readonly LogEntry[]): void {
  expect(after.slice(0, before.length)).toEqual(before);
}

describe('restoring history as a new edit', () => {
  it('puts one object back as it was, leaves the rest alone and logs the restore under the restorer', async () => {
    const { marks, seen, users, clients } = layer;
    const before = await readLog();
    const { status, body } = await restore({ at: marks.afterAda, objectId: 'trackA' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ objectIds: ['trackA'], transcriptChanged: false, written: true });

    const wanted = seen.afterAda.snapshot.tracks.find((track) => track.id === 'trackA');
    await waitUntil(
      () => readLayer(clients.ada.document).tracks[0]?.labelId === 'person',
      'ada sees the restored track',
    );
    const now = readLayer(clients.ada.document);
    expect(now.tracks).toEqual([wanted]);
    expect(now.segments).toEqual(seen.afterAdaAgain.snapshot.segments);

    const after = await readLog();
    expectUnchangedPrefix(before, after);
    const added = after.slice(before.length);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((entry) => entry.userId === users.cy.id)).toBe(true);
  });

  it('puts the whole layer back: the live layer then equals the state at that time', async () => {
    const { marks, seen, users, clients } = layer;
    const before = await readLog();
    const { status, body } = await restore({ at: new Date(marks.afterBen).toISOString() });
    expect(status).toBe(200);
    expect(body.written).toBe(true);
    expect(body.objectIds).toEqual(['seg1', 'seg2', 'trackA', 'trackB']);
    expect(body.transcriptChanged).toBe(true);

    for (const client of Object.values(clients)) {
      await waitUntil(
        () => readLayer(client.document).tracks.some((track) => track.id === 'trackB'),
        'every editor sees the restored layer',
      );
      await acknowledged(client);
      expect(readLayer(client.document)).toEqual(seen.afterBen.snapshot);
      expect(readUtteranceTexts(client.document)).toEqual(seen.afterBen.utterances);
    }
    const after = await readLog();
    expectUnchangedPrefix(before, after);
    expect(after.slice(before.length).map((entry) => entry.userId)).toEqual([users.cy.id]);

    const { body: latest } = await historyRequest<HistoryStateResponse>(
      layer,
      users.vic,
      `state?at=${Date.now()}`,
    );
    expect(latest.snapshot).toEqual(seen.afterBen.snapshot);
    expect(latest.utterances).toEqual(seen.afterBen.utterances);
  });

  it('shows the restore in the changes, attributed to the restorer', async () => {
    const { body } = await historyRequest<{ changes: Array<{ user: { name: string } | null }> }>(
      layer,
      layer.users.vic,
      `changes?from=${layer.marks.afterAdaAgain}`,
    );
    expect(body.changes.length).toBeGreaterThan(0);
    expect(new Set(body.changes.map((change) => change.user?.name))).toEqual(
      new Set(['Cy Tester']),
    );
  });

  it('writes nothing when the layer already matches that time', async () => {
    const before = await readLog();
    const { status, body } = await restore({ at: layer.marks.afterBen });
    expect(status).toBe(200);
    expect(body).toMatchObject({ written: false, objectIds: [], transcriptChanged: false });
    expect(await readLog()).toEqual(before);
  });

  it('refuses an object that existed neither then nor now, a misspelt field and a reader without write access', async () => {
    const missing = await restore({ at: layer.marks.afterAda, objectId: 'nobody' });
    expect(missing.status).toBe(404);

    const misspelt = await historyRequest<{ error: { message: string } }>(
      layer,
      layer.users.cy,
      'restore',
      {
        body: { at: layer.marks.afterAda, objectID: 'trackA' },
      },
    );
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.message).toMatch(/objectID/);

    const viewer = await restore({ at: layer.marks.afterAda }, layer.users.vic);
    expect(viewer.status).toBe(403);
  });

  it('keeps the restored content when the layer is loaded again from storage', async () => {
    const replayed = new Y.Doc();
    for (const entry of await readLog()) Y.applyUpdate(replayed, entry.update);
    expect(readLayer(replayed)).toEqual(layer.seen.afterBen.snapshot);
  });

  it('puts back a deleted link with its words followed through the restored transcript', async () => {
    const ada = layer.clients.ada.document;
    const [segment] = readLayer(ada).segments.filter((each) => utteranceText(ada, each.id));
    const [track] = readLayer(ada).tracks;
    const words = textLinkEnd(ada, segment!.id, 0, 3);
    if (!words.ok) throw new Error(words.error);
    const trackEnd = { kind: 'object' as const, objectId: track!.id, startMs: null, endMs: null };
    const author = { userId: layer.users.ada.id, nowMs: Date.now() };
    createLink(
      ada,
      { id: 'link1', relationTypeId: null, from: words.value, to: trackEnd },
      author,
      LOCAL_ORIGIN,
    );
    await acknowledged(layer.clients.ada);
    const linked = readLayer(ada).links;
    const markedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    deleteLink(ada, 'link1', LOCAL_ORIGIN);
    utteranceText(ada, segment!.id)!.insert(0, 'Well, ');
    await acknowledged(layer.clients.ada);

    const { status, body } = await restore({ at: new Date(markedAt).toISOString() });
    expect(status).toBe(200);
    expect(body).toMatchObject({ written: true, linksChanged: true, transcriptChanged: true });
    await waitUntil(() => readLayer(ada).links.length === 1, 'ada sees the link again');
    expect(readLayer(ada).links).toEqual(linked);
    expect(linked[0]?.from).toMatchObject({ kind: 'text', span: { from: 0, to: 3 } });
  });
});
