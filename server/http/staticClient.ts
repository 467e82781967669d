import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Handler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { errorResponse } from './errorResponse.ts';

/** Paths the client never owns: a miss there is an API 404, not the app shell. */
const SERVER_PREFIXES = ['/api', '/media', '/collab'];

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Concord</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>Concord is running, but its web client is not built</h1>
<p>Run <code>npm run build</code> and reload this page, or start the server with <code>npm start</code>, which builds the client when needed.</p>
</body></html>
`;

function fileResponse(
  filePath: string,
  sizeBytes: number,
  cacheControl: string,
  isHead: boolean,
): Response {
  const headers = {
    'Content-Type': getMimeType(filePath) ?? 'application/octet-stream',
    'Content-Length': String(sizeBytes),
    'Cache-Control': cacheControl,
  };
  const body = isHead ? null : (Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream);
  return new Response(body, { headers });
}

function statFile(filePath: string): fs.Stats | undefined {
  const stats = fs.statSync(filePath, { throwIfNoEntry: false });
  return stats?.isFile() ? stats : undefined;
}

/**
 * Serves the built client from `clientDir`: files as they are (hashed assets cached for good),
 * any other page path as index.html so the client's router can take it.
 */
export function staticClient(clientDir: string): Handler {
  const root = path.resolve(clientDir);
  return (c) => {
    const requestPath = c.req.path;
    if (
      SERVER_PREFIXES.some(
        (prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`),
      )
    ) {
      return errorResponse(c, 404, 'not_found', `nothing is served at ${requestPath}`);
    }
    const isHead = c.req.method === 'HEAD';
    const filePath = path.join(root, path.normalize(requestPath));
    const insideRoot = filePath.startsWith(`${root}${path.sep}`);
    const file = insideRoot ? statFile(filePath) : undefined;
    if (file) {
      const immutable = requestPath.startsWith('/assets/');
      const cacheControl = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
      return fileResponse(filePath, file.size, cacheControl, isHead);
    }
    // A missing script or image must not come back as HTML; only page paths fall back to the shell.
    if (path.extname(requestPath) !== '') {
      return errorResponse(c, 404, 'not_found', `the client has no file ${requestPath}`);
    }
    const indexPath = path.join(root, 'index.html');
    const index = statFile(indexPath);
    if (!index) return c.html(NOT_BUILT_PAGE, 503);
    return fileResponse(indexPath, index.size, 'no-cache', isHead);
  };
}
