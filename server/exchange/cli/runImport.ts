import fs from 'node:fs/promises';
import type { ImportSummary } from '../ImportSummary.ts';
import type { CliFailure } from './CliFailure.ts';
import { cliFailure, EXIT_CODES, isCliFailure } from './CliFailure.ts';
import { describeRefusal } from './describeRefusal.ts';
import { fetchServer } from './fetchServer.ts';
import { logInToServer } from './logInToServer.ts';
import type { ServerTarget } from './ServerTarget.ts';
import { itemRouteUrl } from './ServerTarget.ts';
import { createTransferProgress } from './TransferProgress.ts';

const CHUNK_BYTES = 256 * 1024;

/** The file's bytes as a request body that reports how much has been sent. */
function uploadBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const progress = createTransferProgress('uploading');
  let offset = 0;
  return new ReadableStream({
    start() {
      progress.start(bytes.byteLength);
    },
    pull(controller) {
      if (offset >= bytes.byteLength) {
        progress.stop();
        controller.close();
        return;
      }
      const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
      offset += chunk.byteLength;
      progress.advance(chunk.byteLength);
      controller.enqueue(chunk);
    },
    cancel() {
      progress.stop();
    },
  });
}

function describeSummary(summary: ImportSummary): string {
  const layers = summary.layers.map(
    (layer) =>
      `  ${layer.layer}: ${layer.tracks} tracks (${layer.keyframes} keyframes), ${layer.shapes} shapes, ${layer.masks} masks, ${layer.segments} segments, ${layer.transcriptBlocks} transcript blocks, ${layer.links} links${layer.replaced ? ' (replaced what was there)' : ''}`,
  );
  const created = summary.createdItem ? ' (new item)' : '';
  return [`imported into ${summary.projectId}/${summary.itemId}${created}:`, ...layers].join('\n');
}

/** `concord import`: logs in and sends the native file at `filePath` to the item. */
export async function runImport(
  target: ServerTarget,
  filePath: string,
  replace: boolean,
): Promise<string | CliFailure> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return cliFailure(EXIT_CODES.usage, `cannot read ${filePath}: ${(error as Error).message}`);
  }
  const token = await logInToServer(target);
  if (isCliFailure(token)) return token;
  const url = itemRouteUrl(target, 'import');
  if (replace) url.searchParams.set('replace', 'true');
  const response = await fetchServer(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: uploadBody(bytes),
    duplex: 'half',
  } as RequestInit);
  if (isCliFailure(response)) return response;
  if (!response.ok) return describeRefusal(response, `importing ${filePath} failed`);
  return describeSummary((await response.json()) as ImportSummary);
}
