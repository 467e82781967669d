import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryStateResponse } from '../../../shared/protocol/history.ts';
import { historyRequest } from './historyRequests.ts';
import type { EditedLayer, Mark } from './threeEditorsOverTime.ts';
import { editLayerOverTime } from './threeEditorsOverTime.ts';

let layer: EditedLayer;

beforeAll(async () => {
  layer = await editLayerOverTime({ checkpointAfter: 'afterBen' });
});

afterAll(() => layer?.close());

async function stateAt(at: number | string): Promise<HistoryStateResponse> {
  const { status, body } = await historyRequest<HistoryStateResponse>(
    layer,
    layer.users.vic,
    `state?at=${encodeURIComponent(String(at))}`,
  );
  expect(status).toBe(200);
  return body;
}

describe('the state of a layer at a time', () => {
  it.each<Mark>(['start', 'afterAda', 'afterBen', 'afterCy', 'afterAdaAgain'])(
    'is exactly what the editors saw at %s',
    async (mark) => {
      const state = await stateAt(layer.marks[mark]);
      expect(state.snapshot).toEqual(layer.seen[mark].snapshot);
      expect(state.utterances).toEqual(layer.seen[mark].utterances);
    },
  );

  it('shows the track, segment and utterance as the first editor left them', async () => {
    const state = await stateAt(layer.marks.afterAda);
    expect(state.snapshot.tracks).toMatchObject([
      { id: 'trackA', labelId: 'person', keyframes: [{ frame: 0 }], createdBy: layer.users.ada.id },
    ]);
    expect(state.snapshot.segments).toMatchObject([{ id: 'seg1', startMs: 0, endMs: 1000 }]);
    expect(state.utterances).toEqual([{ segmentId: 'seg1', text: 'hello world' }]);
  });

  it('includes later edits and leaves out deleted objects', async () => {
    const state = await stateAt(layer.marks.afterCy);
    expect(state.snapshot.tracks.map((track) => track.id)).toEqual(['trackA']);
    expect(state.snapshot.tracks[0]?.keyframes.map((keyframe) => keyframe.frame)).toEqual([0, 30]);
    expect(state.snapshot.segments[0]).toMatchObject({
      id: 'seg1',
      endMs: 1500,
      updatedBy: layer.users.cy.id,
    });
    expect(state.utterances).toEqual([{ segmentId: 'seg1', text: 'hello world!' }]);
  });

  it('uses a checkpoint built before the time asked for and gives the same answer as a full replay', async () => {
    const { documentStore } = layer.testServer.server;
    expect(
      await documentStore.checkpointAsOf(layer.documentName, layer.marks.afterCy),
    ).not.toBeNull();
    expect(await documentStore.checkpointAsOf(layer.documentName, layer.marks.afterAda)).toBeNull();
    const state = await stateAt(layer.marks.afterAdaAgain);
    expect(state.snapshot).toEqual(layer.seen.afterAdaAgain.snapshot);
  });

  it('takes the time as an ISO 8601 string as well as milliseconds', async () => {
    const iso = new Date(layer.marks.afterBen).toISOString();
    expect(await stateAt(iso)).toEqual(await stateAt(layer.marks.afterBen));
  });

  it('counts the log entries it includes, and none before the layer existed', async () => {
    expect((await stateAt(0)).throughSeq).toBe(0);
    const log = await layer.testServer.server.documentStore.readLog(layer.documentName);
    expect((await stateAt(Date.now())).throughSeq).toBe(log.at(-1)?.seq);
  });

  it('refuses a time it cannot read, naming the parameter', async () => {
    for (const query of [
      'state',
      'state?at=yesterday',
      'state?at=2025-03-01T14:03:00',
      'state?at=-5',
    ]) {
      const { status, body } = await historyRequest<{ error: { field?: string; message: string } }>(
        layer,
        layer.users.vic,
        query,
      );
      expect(status).toBe(400);
      expect(body.error.field).toBe('at');
      expect(body.error.message).toMatch(/^at: .*epoch/);
    }
  });
});
