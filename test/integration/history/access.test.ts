import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryTimelineResponse } from '../../../shared/protocol/history.ts';
import { historyRequest } from './historyRequests.ts';
import type { EditedLayer } from './threeEditorsOverTime.ts';
import { editLayerOverTime } from './threeEditorsOverTime.ts';

let layer: EditedLayer;

beforeAll(async () => {
  layer = await editLayerOverTime();
});

afterAll(() => layer?.close());

const READS = ['state?at=0', 'changes', 'timeline'];

describe('who may see history', () => {
  it('answers 404 to someone outside the project, on every history route', async () => {
    for (const path of READS) {
      const { status } = await historyRequest(layer, layer.users.outsider, path);
      expect(status).toBe(404);
    }
    const { status } = await historyRequest(layer, layer.users.outsider, 'restore', {
      body: { at: 0 },
    });
    expect(status).toBe(404);
  });

  it('answers a layer the member may not read exactly as one that does not exist', async () => {
    const hidden = await historyRequest<{ error: unknown }>(layer, layer.users.ben, 'timeline', {
      layerName: 'gold',
    });
    const absent = await historyRequest<{ error: unknown }>(layer, layer.users.ben, 'timeline', {
      layerName: 'a.nonexistent',
    });
    expect(hidden.status).toBe(404);
    expect(absent.status).toBe(404);
    expect(hidden.body).toEqual({
      error: {
        code: 'not_found',
        message: "item 'clip-1' has no layer 'gold' or you may not read it",
        field: 'layer',
      },
    });
  });

  it("lets a viewer read the timeline, with each entry's author, page by page", async () => {
    const entries: HistoryTimelineResponse['entries'] = [];
    let afterSeq: number | null = 0;
    while (afterSeq !== null) {
      const page: { status: number; body: HistoryTimelineResponse } =
        await historyRequest<HistoryTimelineResponse>(
          layer,
          layer.users.vic,
          `timeline?limit=2&afterSeq=${afterSeq}`,
        );
      expect(page.status).toBe(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(2);
      entries.push(...page.body.entries);
      afterSeq = page.body.nextAfterSeq;
    }
    const log = await layer.testServer.server.documentStore.readLog(layer.documentName);
    expect(entries.map((entry) => entry.seq)).toEqual(log.map((entry) => entry.seq));
    expect(entries[0]?.user).toBeNull();
    const names = new Set(entries.slice(1).map((entry) => entry.user?.name));
    expect(names).toEqual(new Set(['Ada Tester', 'Ben Tester', 'Cy Tester']));
  });

  it('refuses a layer name outside the grammar with 400 naming the path part', async () => {
    const { status, body } = await historyRequest<{ error: { field?: string } }>(
      layer,
      layer.users.ben,
      'timeline',
      { layerName: 'Bad..Layer' },
    );
    expect(status).toBe(400);
    expect(body.error.field).toBe('layer');
  });
});
