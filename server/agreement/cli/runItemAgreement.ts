import fs from 'node:fs/promises';
import { goldScores } from '../../../shared/agreement/goldScores.ts';
import { itemAgreement } from '../../../shared/agreement/itemAgreement.ts';
import { decodeNativeItem } from '../../../shared/formats/native/decodeNativeItem.ts';
import type { CliFailure } from '../../exchange/cli/CliFailure.ts';
import { cliFailure, EXIT_CODES } from '../../exchange/cli/CliFailure.ts';
import { describeItemAgreement } from './describeItemAgreement.ts';
import { layersOfExport } from './layersOfExport.ts';

/**
 * `concord agreement <export>`: the item's agreement report computed offline from a native export
 * (the same functions the editor's figures come from), as JSON or a readable table.
 */
export async function runItemAgreement(
  file: string,
  options: { layers: string[] | null; table: boolean },
): Promise<string | CliFailure> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return cliFailure(EXIT_CODES.usage, `cannot read ${file}: ${(error as Error).message}`);
  }
  const decoded = decodeNativeItem(text);
  if (!decoded.ok) {
    const details = decoded.problems.map((problem) => `${problem.path}: ${problem.message}`);
    return { exitCode: EXIT_CODES.usage, message: `${file} is not a Concord export`, details };
  }
  const item = decoded.value;
  if (!item.item.media) {
    return cliFailure(
      EXIT_CODES.usage,
      `item ${item.item.id} has no media: agreement needs its frame size`,
    );
  }
  const { layers, tiers, texts } = layersOfExport(item, options.layers);
  if (layers.size < 2) {
    const present = item.layers.map((layer) => layer.layer).join(', ') || 'none';
    return cliFailure(
      EXIT_CODES.usage,
      `agreement needs two layers to compare; found ${layers.size} (the file has: ${present}; choose with --layers)`,
    );
  }
  const report = itemAgreement(layers, { media: item.item.media, labels: [], tiers, texts });
  if (!report.ok) return cliFailure(EXIT_CODES.usage, report.error);
  const gold = goldScores(report.value.pairs);
  return options.table
    ? describeItemAgreement(report.value, gold)
    : JSON.stringify({ item: item.item.id, ...report.value, gold }, null, 2);
}
