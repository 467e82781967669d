import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';

/**
 * Bundles a module and what it imports into one script that, added to a page, exposes the
 * module's exports as `globalThis[globalName]`: how tests and benchmarks run shared code in Chromium.
 */
export async function bundleForChromium(entry: string, globalName: string): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-bundle-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry, name: globalName, formats: ['iife'], fileName: () => 'bundle.js' },
      },
    });
    return await fs.readFile(path.join(outDir, 'bundle.js'), 'utf8');
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
