import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { chromiumSkipReason } from './chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');

function newestMtimeMs(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtimeMs(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the client once before the browser tests when dist/client is missing or older than its sources. */
export default async function buildClient(): Promise<void> {
  if (chromiumSkipReason() !== null) return;
  const index = path.join(root, 'dist/client/index.html');
  const sourcesMs = Math.max(
    newestMtimeMs(path.join(root, 'client')),
    newestMtimeMs(path.join(root, 'shared')),
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sourcesMs) return;
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
