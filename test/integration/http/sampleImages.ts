import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ItemSummary } from '../../../shared/protocol/http.ts';

const SET_DIR = new URL('../../../samples/street-frames/', import.meta.url);

/** The demo's image set (samples/street-frames): four 640×360 JPEGs, in frame order. */
export function readSampleSet(): Array<{ name: string; bytes: Buffer }> {
  return fs
    .readdirSync(SET_DIR)
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(new URL(name, SET_DIR)) }));
}

/** The demo's single image (samples/street-still.png), 640×360. */
export function readSampleStill(): Buffer {
  return fs.readFileSync(new URL('../../../samples/street-still.png', import.meta.url));
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid grey PNG of any size, built byte by byte. */
export function makeGreyPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row += 1) rows[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Sends images as one multipart form, each a file in the `images` field, in order. */
export async function uploadImageSet(
  url: string,
  token: string,
  projectId: string,
  query: string,
  images: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<Response> {
  const form = new FormData();
  for (const image of images) {
    form.append('images', new Blob([new Uint8Array(image.bytes)]), path.basename(image.name));
  }
  // Encoded up front and sent in one write: a server refusing early (413) then never makes the
  // client's later writes fail with EPIPE before it reads the answer.
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const contentType = encoded.headers.get('content-type') ?? '';
  return fetch(`${url}/api/projects/${projectId}/items?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType },
    body,
  });
}

/** Fetches an item's detail and fails the test on anything but 200. */
export async function readItemDetail(
  url: string,
  token: string,
  projectId: string,
  itemId: string,
): Promise<ItemSummary> {
  const response = await fetch(`${url}/api/projects/${projectId}/items/${itemId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`item detail: ${response.status}`);
  return (await response.json()) as ItemSummary;
}
