import type { GoldScore } from '../../../shared/agreement/goldScores.ts';
import type { ItemAgreement } from '../../../shared/agreement/itemAgreement.ts';

const figure = (value: number | null, digits = 3) => (value === null ? '–' : value.toFixed(digits));

/** The agreement report as a person reads it in a terminal: one line per pair, then the disagreements. */
export function describeItemAgreement(report: ItemAgreement, gold: readonly GoldScore[]): string {
  const lines = [
    'pair                       matched  missing  extra  mean IoU  IDF1   segments  boundary ms    WER',
  ];
  for (const { layers, spatial, segments, transcripts } of report.pairs) {
    lines.push(
      [
        `${layers[0]} ~ ${layers[1]}`.padEnd(26),
        String(spatial.matched).padStart(8),
        String(spatial.missing).padStart(8),
        String(spatial.extra).padStart(6),
        figure(spatial.meanIoU).padStart(9),
        figure(spatial.idf1).padStart(6),
        `${segments.matched}/${segments.matched + segments.missing + segments.extra}`.padStart(9),
        figure(segments.meanBoundaryErrorMs, 0).padStart(12),
        figure(transcripts.wer).padStart(6),
      ].join(' '),
    );
  }
  if (gold.length > 0) {
    lines.push(
      '',
      'against gold               precision  recall     F1  mean IoU  segments F1  boundary ms',
    );
    for (const { layer, spatial, segments } of gold) {
      lines.push(
        [
          layer.padEnd(26),
          figure(spatial.precision).padStart(10),
          figure(spatial.recall).padStart(7),
          figure(spatial.f1).padStart(6),
          figure(spatial.meanIoU).padStart(9),
          figure(segments.f1).padStart(12),
          figure(segments.meanBoundaryErrorMs, 0).padStart(12),
        ].join(' '),
      );
    }
  }
  lines.push('', `${report.disagreements.length} disagreements, most severe first:`);
  for (const entry of report.disagreements) {
    const where =
      'frames' in entry.location
        ? `frames ${entry.location.frames.first}–${entry.location.frames.last}`
        : `${entry.location.startMs}–${entry.location.endMs} ms`;
    lines.push(
      `  ${entry.id}  ${entry.kind.padEnd(15)} ${entry.layers.join(' ~ ')}  ${where}  ${entry.objectIds.join(', ')}: ${entry.message}`,
    );
  }
  return lines.join('\n');
}
