import fs from 'node:fs/promises';
import type { CliFailure } from './CliFailure.ts';
import { cliFailure, EXIT_CODES, isCliFailure } from './CliFailure.ts';
import { describeRefusal } from './describeRefusal.ts';
import { fetchServer } from './fetchServer.ts';
import { logInToServer } from './logInToServer.ts';
import type { ServerTarget } from './ServerTarget.ts';
import { itemRouteUrl } from './ServerTarget.ts';
import { createTransferProgress } from './TransferProgress.ts';

/** Reads a response body whole, reporting progress against its Content-Length. */
async function downloadBody(response: Response): Promise<Uint8Array> {
  const progress = createTransferProgress('downloading');
  progress.start(Number(response.headers.get('content-length') ?? 0));
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  try {
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
      chunks.push(read.value);
      progress.advance(read.value.byteLength);
    }
  } finally {
    progress.stop();
  }
  return Buffer.concat(chunks);
}

async function writeOutput(
  bytes: Uint8Array,
  outputPath: string | undefined,
): Promise<CliFailure | null> {
  if (outputPath === undefined) {
    process.stdout.write(bytes);
    return null;
  }
  try {
    await fs.writeFile(outputPath, bytes);
    return null;
  } catch (error) {
    return cliFailure(EXIT_CODES.usage, `cannot write ${outputPath}: ${(error as Error).message}`);
  }
}

/**
 * `concord export`: logs in, downloads the item as a native file and writes it to `outputPath`
 * (stdout when absent). Returns a line to tell the user, or why it failed.
 */
export async function runExport(
  target: ServerTarget,
  outputPath: string | undefined,
): Promise<string | CliFailure> {
  const token = await logInToServer(target);
  if (isCliFailure(token)) return token;
  const response = await fetchServer(itemRouteUrl(target, 'export'), {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (isCliFailure(response)) return response;
  if (!response.ok)
    return describeRefusal(response, `exporting ${target.project}/${target.item} failed`);
  let bytes: Uint8Array;
  try {
    bytes = await downloadBody(response);
  } catch (error) {
    return cliFailure(EXIT_CODES.server, `the download broke off: ${(error as Error).message}`);
  }
  const written = await writeOutput(bytes, outputPath);
  if (written) return written;
  const where = outputPath ?? 'standard output';
  return `exported ${target.project}/${target.item} (${bytes.byteLength} bytes) to ${where}`;
}
