import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { SNIFF_BYTES } from './sniffMediaType.ts';

/** An upload written to disk in full, with its size, digest and first bytes for sniffing. */
export interface ReceivedUpload {
  kind: 'received';
  sizeBytes: number;
  sha256: string;
  head: Uint8Array;
}

/**
 * Streams bytes into a new file at `filePath`, counting as it goes. Past `maxBytes` it stops
 * reading and deletes what it wrote, so an oversized upload leaves nothing behind.
 */
export async function receiveUpload(
  source: AsyncIterable<Uint8Array>,
  filePath: string,
  maxBytes: number,
): Promise<ReceivedUpload | { kind: 'too_large' }> {
  const file = await fs.open(filePath, 'wx', 0o600);
  const digest = createHash('sha256');
  const head = new Uint8Array(SNIFF_BYTES);
  let sizeBytes = 0;
  let complete = false;
  try {
    for await (const chunk of source) {
      if (sizeBytes + chunk.byteLength > maxBytes) return { kind: 'too_large' };
      if (sizeBytes < SNIFF_BYTES) head.set(chunk.subarray(0, SNIFF_BYTES - sizeBytes), sizeBytes);
      digest.update(chunk);
      await file.write(chunk);
      sizeBytes += chunk.byteLength;
    }
    await file.sync();
    complete = true;
  } finally {
    await file.close();
    if (!complete) await fs.rm(filePath, { force: true });
  }
  return {
    kind: 'received',
    sizeBytes,
    sha256: digest.digest('hex'),
    head: head.subarray(0, Math.min(sizeBytes, SNIFF_BYTES)),
  };
}
