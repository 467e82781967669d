// Runs every benchmark in this folder (each file's default export) and summarises the ratios.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './support/BenchResult.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const files = (await fs.readdir(benchDir))
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as {
    default?: () => Promise<BenchResult>;
  };
  if (typeof module.default !== 'function') continue;
  console.log(`\n▶ ${file}`);
  results.push(await module.default());
}

/** Two decimals, or two significant digits for ratios below 0.1. */
const figure = (value: number) => (value < 0.1 ? value.toPrecision(2) : value.toFixed(2));

console.log('\nsummary');
for (const result of results) {
  if (result.skipped) {
    console.log(`  ${result.name}: skipped (${result.skipped})`);
    continue;
  }
  const verdict = result.ratio <= result.targetRatio ? 'within target' : 'OVER TARGET';
  console.log(
    `  ${result.name}: ratio ${figure(result.ratio)} (target ≤ ${figure(result.targetRatio)}) ${verdict}`,
  );
}
process.exit(
  results.every((result) => result.skipped || result.ratio <= result.targetRatio) ? 0 : 1,
);
