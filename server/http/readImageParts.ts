import type { Context } from 'hono';
import type { ImageUpload } from '../media/images/checkImageFile.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';

/** The form field each image of a set is sent in, once per image, in frame order. */
export const IMAGE_PART_NAME = 'images';

const MAX_FILE_NAME_CHARS = 255;

/** Whether a request body is a multipart form (an image set) rather than one raw media file. */
export function isMultipartUpload(c: Context<HttpEnv>): boolean {
  return /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');
}

/** The body, cut off with an error once more than `maxBytes` have arrived. */
function limitBody(body: ReadableStream<Uint8Array>, maxBytes: number) {
  let receivedBytes = 0;
  let exceeded = false;
  const limited = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        receivedBytes += chunk.byteLength;
        if (receivedBytes > maxBytes) {
          exceeded = true;
          controller.error(new Error('upload limit exceeded'));
        } else controller.enqueue(chunk);
      },
    }),
  );
  return { limited, exceeded: () => exceeded };
}

/** A file name as sent, without any folder part, so it is safe to show and log. */
function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').slice(0, MAX_FILE_NAME_CHARS);
}

function tooLarge(c: Context<HttpEnv>, maxBytes: number): Response {
  // The body may be half read; a reused connection would start mid-upload.
  c.header('Connection', 'close');
  const message = `the images are larger than the upload limit of ${maxBytes} bytes`;
  return errorResponse(c, 413, 'too_large', message);
}

/**
 * Reads an image set sent as multipart/form-data: every part must be a file in the `images`
 * field, taken in the order sent. At most `maxBytes` of body are read; anything else is a 400
 * or 413 naming what is wrong.
 */
export async function readImageParts(
  c: Context<HttpEnv>,
  maxBytes: number,
): Promise<ImageUpload[] | Response> {
  const body = c.req.raw.body;
  if (Number(c.req.header('content-length')) > maxBytes) return tooLarge(c, maxBytes);
  if (!body) return errorResponse(c, 400, 'empty_body', 'send the images as multipart/form-data');
  const { limited, exceeded } = limitBody(body, maxBytes);
  let form: FormData;
  try {
    const headers = { 'content-type': c.req.header('content-type') ?? '' };
    form = await new Request('http://upload.invalid/', {
      method: 'POST',
      headers,
      body: limited,
      duplex: 'half',
    } as RequestInit).formData();
  } catch (error) {
    if (exceeded()) return tooLarge(c, maxBytes);
    const message = `the body is not a readable multipart/form-data upload (${(error as Error).message})`;
    return errorResponse(c, 400, 'invalid_request', message);
  }
  const images: ImageUpload[] = [];
  for (const [field, value] of form) {
    if (field !== IMAGE_PART_NAME || typeof value === 'string') {
      const message = `form field '${field}' is not an image file: send each image as a file in the '${IMAGE_PART_NAME}' field`;
      return errorResponse(c, 400, 'invalid_request', message, field);
    }
    images.push({ name: baseName(value.name), bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  if (images.length === 0) {
    const message = `the form holds no images: send each as a file in the '${IMAGE_PART_NAME}' field`;
    return errorResponse(c, 400, 'invalid_request', message, IMAGE_PART_NAME);
  }
  return images;
}
