import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { agreementMatrixChart } from './agreementMatrixChart.ts';
import { formatScore } from './formatScore.ts';
import { htmlTable } from './htmlTable.ts';
import { noDataNote } from './noDataNote.ts';
import { pairAgreementAverages } from './pairAgreementAverages.ts';
import { reportSection } from './reportSection.ts';

/** Section (b): how each two trainees agree, as a heat map of spatial F1 and a table of every measure. */
export function agreementSection(data: CalibrationReportData): string {
  const title = 'Agreement between trainees';
  const explanation =
    'How closely each two trainees’ blind layers match one another, averaged over items. The heat map shows spatial F1; darker is closer.';
  if (data.trainees.length < 2) {
    return reportSection(title, explanation, noDataNote('agreement needs two trainees or more.'));
  }
  const pairs = pairAgreementAverages(data);
  if (!pairs.some((pair) => pair.items > 0)) {
    return reportSection(title, explanation, noDataNote('no two trainees have been compared.'));
  }
  const table = htmlTable(
    [
      { heading: 'Trainee A' },
      { heading: 'Trainee B' },
      { heading: 'Items', numeric: true },
      { heading: 'Spatial F1', numeric: true },
      { heading: 'Mean IoU', numeric: true },
      { heading: 'Segment F1', numeric: true },
      { heading: 'Segment label agreement', numeric: true },
      { heading: 'WER', numeric: true },
    ],
    pairs.map((pair) => [
      pair.first.displayName,
      pair.second.displayName,
      String(pair.items),
      formatScore(pair.spatialF1),
      formatScore(pair.meanIoU),
      formatScore(pair.segmentF1),
      formatScore(pair.segmentLabelAgreement),
      formatScore(pair.wer),
    ]),
  );
  const chart = pairs.some((pair) => pair.spatialF1 !== null)
    ? `<figure>${agreementMatrixChart(data.trainees, pairs)}</figure>`
    : noDataNote('no two trainees have drawn shapes to compare.');
  return reportSection(title, explanation, chart + table);
}
