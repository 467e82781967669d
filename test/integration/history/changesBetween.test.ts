import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryChangesResponse, ObjectChange } from '../../../shared/protocol/history.ts';
import { historyRequest } from './historyRequests.ts';
import type { EditedLayer } from './threeEditorsOverTime.ts';
import { editLayerOverTime } from './threeEditorsOverTime.ts';

let layer: EditedLayer;

beforeAll(async () => {
  layer = await editLayerOverTime();
});

afterAll(() => layer?.close());

async function changes(query: string): Promise<HistoryChangesResponse> {
  const { status, body } = await historyRequest<HistoryChangesResponse>(
    layer,
    layer.users.vic,
    `changes?${query}`,
  );
  expect(status).toBe(200);
  return body;
}

/** What each person did to each object in the window, with the fields they touched merged. */
function summarise(list: readonly ObjectChange[]): string[] {
  const merged = new Map<string, Set<string>>();
  for (const change of list) {
    const key = `${change.user?.name ?? 'server'} ${change.kind} ${change.objectId}`;
    const fields = merged.get(key) ?? new Set<string>();
    change.fields.forEach((field) => fields.add(field));
    merged.set(key, fields);
  }
  return [...merged].map(([key, fields]) =>
    fields.size === 0 ? key : `${key}: ${[...fields].sort().join(', ')}`,
  );
}

describe('changes between two times', () => {
  it('attributes every created, changed and deleted object to the person who did it', async () => {
    const { marks } = layer;
    const body = await changes(`from=${marks.afterAda}&to=${marks.afterCy}`);
    expect(body.truncated).toBe(false);
    expect(summarise(body.changes)).toEqual([
      'Ben Tester changed trackA: keyframes.30, updatedBy',
      'Ben Tester created trackB',
      'Cy Tester changed seg1: endMs, transcript, updatedBy',
      'Cy Tester deleted trackB',
    ]);
  });

  it('gives each change its log entry, time and author id, in log order', async () => {
    const { marks, users } = layer;
    const body = await changes(`from=${marks.afterBen}&to=${marks.afterCy}`);
    const seqs = body.changes.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((left, right) => left - right));
    for (const change of body.changes) {
      expect(change.user).toEqual({ id: users.cy.id, name: 'Cy Tester' });
      expect(change.atMs).toBeGreaterThan(marks.afterBen);
      expect(change.atMs).toBeLessThanOrEqual(marks.afterCy);
    }
  });

  it('reports creations without listing their fields, and an utterance written with its segment as part of it', async () => {
    const body = await changes(`from=${layer.marks.start}&to=${layer.marks.afterAda}`);
    expect(summarise(body.changes)).toEqual([
      'Ada Tester created trackA',
      'Ada Tester created seg1',
    ]);
  });

  it('narrows to one object across the whole history when asked', async () => {
    const body = await changes('objectId=trackA');
    expect(summarise(body.changes)).toEqual([
      'Ada Tester created trackA',
      'Ben Tester changed trackA: keyframes.30, updatedBy',
      'Ada Tester changed trackA: labelId, updatedBy',
    ]);
  });

  it('marks a list cut short by the limit as truncated', async () => {
    const body = await changes('limit=1');
    expect(body.changes.length).toBeGreaterThanOrEqual(1);
    expect(body.truncated).toBe(true);
  });

  it('refuses a window that ends before it starts, naming the parameter', async () => {
    const { status, body } = await historyRequest<{ error: { field?: string } }>(
      layer,
      layer.users.vic,
      `changes?from=${layer.marks.afterCy}&to=${layer.marks.afterAda}`,
    );
    expect(status).toBe(400);
    expect(body.error.field).toBe('to');
  });
});
