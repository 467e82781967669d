import fs from 'node:fs/promises';
import type { CliFailure } from '../../exchange/cli/CliFailure.ts';
import { cliFailure, EXIT_CODES } from '../../exchange/cli/CliFailure.ts';
import { computeMetric } from './computeMetric.ts';
import type { MetricName } from './metricInputs.ts';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return fs.readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `concord agreement --metric <name> <file>`: the measure as JSON, or why it cannot be computed. */
export async function runMetric(metric: MetricName, file: string): Promise<string | CliFailure> {
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    return cliFailure(EXIT_CODES.usage, `cannot read ${file}: ${(error as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return cliFailure(EXIT_CODES.usage, `${file} is not JSON: ${(error as Error).message}`);
  }
  const result = computeMetric(metric, input);
  if (!result.ok) return cliFailure(EXIT_CODES.usage, result.error);
  return JSON.stringify({ measure: metric, ...(result.value as object) }, null, 2);
}
