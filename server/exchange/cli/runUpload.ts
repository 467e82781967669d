import fs from 'node:fs';
import path from 'node:path';
import type { ItemSummary } from '../../../shared/protocol/http.ts';
import type { CliFailure } from './CliFailure.ts';
import { cliFailure, EXIT_CODES, isCliFailure } from './CliFailure.ts';
import { describeRefusal } from './describeRefusal.ts';
import { fetchServer } from './fetchServer.ts';
import { logInToServer } from './logInToServer.ts';
import type { ServerTarget } from './ServerTarget.ts';

/** The form field the server reads an image set from (server/http/readImageParts.ts). */
const IMAGE_PART_NAME = 'images';

/** Each file as a Blob read from disk when sent, or why one cannot be read. */
async function openFiles(filePaths: readonly string[]): Promise<Blob[] | CliFailure> {
  const blobs: Blob[] = [];
  for (const filePath of filePaths) {
    try {
      // openAsBlob's own error does not say why; opening the file does (ENOENT, EACCES).
      const file = await fs.promises.open(filePath, 'r');
      await file.close();
      if (!(await fs.promises.stat(filePath)).isFile()) throw new Error('not a file');
      blobs.push(await fs.openAsBlob(filePath));
    } catch (error) {
      return cliFailure(EXIT_CODES.usage, `cannot read ${filePath}: ${(error as Error).message}`);
    }
  }
  return blobs;
}

/** One file goes as the raw body; several go as a multipart form, one `images` part each, in order. */
function requestBody(filePaths: readonly string[], blobs: readonly Blob[]): BodyInit {
  if (blobs.length === 1) return blobs[0] as Blob;
  const form = new FormData();
  blobs.forEach((blob, index) => {
    form.append(IMAGE_PART_NAME, blob, path.basename(filePaths[index] as string));
  });
  return form;
}

function describeItem(item: ItemSummary): string {
  const media = item.media;
  if (!media) return `added ${item.projectId}/${item.id}`;
  const size = `${media.width}×${media.height}`;
  const what =
    media.kind === 'image'
      ? media.frameCount === 1
        ? `an image, ${size}`
        : `an image set of ${media.frameCount} images, ${size}`
      : media.kind === 'audio'
        ? `audio, ${media.durationMs} ms`
        : `a video, ${size}, ${media.frameCount} frames`;
  return `added ${item.projectId}/${item.id} (${item.name}): ${what}`;
}

/**
 * `concord upload`: logs in and adds a new item from local files: one media file (video, audio or
 * an image), or several images as an image set whose frame i is the i-th file given.
 */
export async function runUpload(
  target: ServerTarget,
  filePaths: readonly string[],
  itemName: string,
): Promise<string | CliFailure> {
  if (filePaths.length === 0)
    return cliFailure(EXIT_CODES.usage, 'name at least one file to upload');
  const blobs = await openFiles(filePaths);
  if (isCliFailure(blobs)) return blobs;
  const token = await logInToServer(target);
  if (isCliFailure(token)) return token;
  const url = new URL(`api/projects/${encodeURIComponent(target.project)}/items`, target.url);
  url.searchParams.set('name', itemName);
  url.searchParams.set('id', target.item);
  const response = await fetchServer(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: requestBody(filePaths, blobs),
  });
  if (isCliFailure(response)) return response;
  if (!response.ok) return describeRefusal(response, `uploading ${filePaths.join(', ')} failed`);
  return describeItem((await response.json()) as ItemSummary);
}
