import fs from 'node:fs/promises';
import type { ItemSummary } from '../../../shared/protocol/http.ts';

/** The sample video every media test uploads. */
export const DEMO_MEDIA_PATH = new URL('../../../samples/demo.mp4', import.meta.url);

/** What the sample video was generated with (samples/demo.json): the values probing must find. */
export interface DemoManifest {
  width: number;
  height: number;
  frameRate: { num: number; den: number };
  frameCount: number;
  durationMs: number;
}

export async function readDemoManifest(): Promise<DemoManifest> {
  const text = await fs.readFile(new URL('../../../samples/demo.json', import.meta.url), 'utf8');
  return JSON.parse(text) as DemoManifest;
}

/** Uploads the demo video as a new item and returns its summary; fails the test on anything but 201. */
export async function uploadDemoMedia(
  url: string,
  token: string,
  projectId: string,
  itemName: string,
): Promise<ItemSummary> {
  const bytes = await fs.readFile(DEMO_MEDIA_PATH);
  const response = await fetch(
    `${url}/api/projects/${projectId}/items?name=${encodeURIComponent(itemName)}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'video/mp4' },
      body: bytes,
    },
  );
  if (response.status !== 201) {
    throw new Error(`upload failed with ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as ItemSummary;
}
