import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemDetail, Role } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';
import { readDemoManifest, uploadDemoMedia } from './uploadMedia.ts';

let server: HttpTestServer;

async function detailAs(role: Role): Promise<ItemDetail> {
  const token = await logIn(server.url, role, `pw-${role}`);
  const response = await fetch(`${server.url}/api/projects/street/items/clip`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ItemDetail;
}

beforeAll(async () => {
  server = await startHttpTestServer();
  for (const role of ['trainer', 'annotator', 'viewer'] as const) {
    await addMember(server.metaStore, {
      username: role,
      password: `pw-${role}`,
      role,
      projectId: 'street',
    });
  }
  await uploadDemoMedia(
    server.url,
    await logIn(server.url, 'trainer', 'pw-trainer'),
    'street',
    'clip',
  );
});

afterAll(() => server.close());

describe('GET /api/projects/:projectId/items/:itemId', () => {
  it('gives a viewer read access to main, the reviewed layers and the project documents', async () => {
    const detail = await detailAs('viewer');
    expect(detail.role).toBe('viewer');
    expect(detail.layers).toEqual([
      { documentName: 'street/clip/main', layer: 'main', access: 'read' },
      { documentName: 'street/clip/final', layer: 'final', access: 'read' },
      { documentName: 'street/clip/review', layer: 'review', access: 'read' },
      { documentName: 'street/clip/agreement', layer: 'agreement', access: 'read' },
    ]);
    expect(detail.projectDocuments).toEqual([
      { documentName: 'street/_/schema', layer: 'schema', access: 'read' },
      { documentName: 'street/_/guidelines', layer: 'guidelines', access: 'read' },
    ]);
    expect(detail.assignments).toEqual([]);
  });

  it('gives an annotator write access to main and read access to the label schema', async () => {
    const detail = await detailAs('annotator');
    expect(detail.layers[0]).toEqual({
      documentName: 'street/clip/main',
      layer: 'main',
      access: 'write',
    });
    expect(detail.projectDocuments[0]?.access).toBe('read');
  });

  it('gives a trainer write access to the label schema', async () => {
    const detail = await detailAs('trainer');
    expect(detail.projectDocuments).toEqual([
      { documentName: 'street/_/schema', layer: 'schema', access: 'write' },
      { documentName: 'street/_/guidelines', layer: 'guidelines', access: 'write' },
    ]);
  });

  it('includes the probed media with its URL', async () => {
    const detail = await detailAs('viewer');
    expect(detail.media?.frameCount).toBe((await readDemoManifest()).frameCount);
    expect(detail.media?.url).toMatch(/^\/media\/[A-Za-z0-9_-]+$/);
  });
});
