import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ErrorBody } from '../../shared/protocol/http.ts';
import { parseRangeHeader } from './parseRangeHeader.ts';

/** A file on disk that never changes under its ETag. */
export interface ServedFile {
  filePath: string;
  sizeBytes: number;
  mimeType: string;
  etag: string;
}

/** If-None-Match may list several tags and mark them weak (W/); any match means the client has it. */
function isHeld(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function bodyOf(filePath: string, start: number, end: number): ReadableStream | null {
  if (end < start) return null;
  return Readable.toWeb(fs.createReadStream(filePath, { start, end })) as ReadableStream;
}

function unsatisfiable(file: ServedFile, headers: Headers): Response {
  headers.set('Content-Range', `bytes */${file.sizeBytes}`);
  headers.set('Content-Type', 'application/json');
  const body: ErrorBody = {
    error: {
      code: 'range_not_satisfiable',
      message: `the requested range is outside the file, which is ${file.sizeBytes} bytes long`,
    },
  };
  return new Response(JSON.stringify(body), { status: 416, headers });
}

/**
 * Answers a GET or HEAD for a file: 304 for a held ETag, 206 for one satisfiable byte range
 * (unless If-Range names another version), 416 for a range outside the file, 200 otherwise.
 */
export function fileRangeResponse(file: ServedFile, request: Request): Response {
  const headers = new Headers({
    'Accept-Ranges': 'bytes',
    'Content-Type': file.mimeType,
    ETag: file.etag,
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  if (isHeld(request.headers.get('if-none-match'), file.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const ifRange = request.headers.get('if-range');
  const range =
    ifRange === null || ifRange === file.etag
      ? parseRangeHeader(request.headers.get('range') ?? undefined, file.sizeBytes)
      : { kind: 'full' as const };
  if (range.kind === 'unsatisfiable') return unsatisfiable(file, headers);
  const [start, end] =
    range.kind === 'partial' ? [range.start, range.end] : [0, file.sizeBytes - 1];
  headers.set('Content-Length', String(end - start + 1));
  if (range.kind === 'partial') {
    headers.set('Content-Range', `bytes ${start}-${end}/${file.sizeBytes}`);
  }
  const body = request.method === 'HEAD' ? null : bodyOf(file.filePath, start, end);
  return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
}
