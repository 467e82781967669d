import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { ImageFormat } from './images/readImageSize.ts';

/** Containers Concord accepts, told apart by their first bytes. */
export type MediaContainer =
  'mp4' | 'mov' | 'webm' | 'mkv' | 'wav' | 'ogg' | 'mp3' | 'flac' | ImageFormat;

const IMAGE_FORMATS: readonly MediaContainer[] = ['png', 'jpeg', 'webp'];

/** Whether a sniffed container is a still image (an image item) rather than video or audio. */
export function isImageFormat(container: MediaContainer): container is ImageFormat {
  return IMAGE_FORMATS.includes(container);
}

/** A container recognised from a file's first bytes, with the type and extension it is served and stored under. */
export interface SniffedMedia {
  container: MediaContainer;
  mimeType: string;
  extension: string;
}

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 256;

function ascii(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, end));
}

function sniffIsoBmff(head: Uint8Array): SniffedMedia {
  const brand = ascii(head, 8, 12);
  if (brand === 'qt  ') return { container: 'mov', mimeType: 'video/quicktime', extension: 'mov' };
  if (brand === 'M4A ' || brand === 'M4B ') {
    return { container: 'mp4', mimeType: 'audio/mp4', extension: 'm4a' };
  }
  return { container: 'mp4', mimeType: 'video/mp4', extension: 'mp4' };
}

function isMpegAudioFrame(head: Uint8Array): boolean {
  const [first = 0, second = 0] = head;
  const layerBits = (second >> 1) & 0b11;
  return first === 0xff && (second & 0xe0) === 0xe0 && layerBits !== 0;
}

/** How a file's start reads to a person: its first four bytes as text when printable, else as hex. */
function describeStart(head: Uint8Array): string {
  const start = head.subarray(0, 4);
  const printable = start.every((byte) => byte >= 0x20 && byte < 0x7f);
  if (printable) return `'${ascii(start, 0, start.length)}'`;
  return `bytes ${Array.from(start, (byte) => byte.toString(16).padStart(2, '0')).join(' ')}`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function sniffImage(head: Uint8Array): SniffedMedia | null {
  if (PNG_SIGNATURE.every((byte, index) => head[index] === byte)) {
    return { container: 'png', mimeType: 'image/png', extension: 'png' };
  }
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return { container: 'jpeg', mimeType: 'image/jpeg', extension: 'jpg' };
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
    return { container: 'webp', mimeType: 'image/webp', extension: 'webp' };
  }
  return null;
}

/** Recognises a media container from its magic bytes; the declared Content-Type is never trusted. */
export function sniffMediaType(head: Uint8Array): Result<SniffedMedia> {
  if (head.length === 0) return fail('the file is empty');
  const image = sniffImage(head);
  if (image) return ok(image);
  if (ascii(head, 4, 8) === 'ftyp') return ok(sniffIsoBmff(head));
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    const isWebm = ascii(head, 0, head.length).includes('webm');
    return ok(
      isWebm
        ? { container: 'webm', mimeType: 'video/webm', extension: 'webm' }
        : { container: 'mkv', mimeType: 'video/x-matroska', extension: 'mkv' },
    );
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') {
    return ok({ container: 'wav', mimeType: 'audio/wav', extension: 'wav' });
  }
  if (ascii(head, 0, 4) === 'OggS')
    return ok({ container: 'ogg', mimeType: 'audio/ogg', extension: 'ogg' });
  if (ascii(head, 0, 3) === 'ID3' || isMpegAudioFrame(head)) {
    return ok({ container: 'mp3', mimeType: 'audio/mpeg', extension: 'mp3' });
  }
  if (ascii(head, 0, 4) === 'fLaC')
    return ok({ container: 'flac', mimeType: 'audio/flac', extension: 'flac' });
  return fail(
    `file starts with ${describeStart(head)}, which is not a video, audio or image format Concord accepts`,
  );
}
