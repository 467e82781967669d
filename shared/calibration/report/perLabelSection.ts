import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { formatCount } from './formatCount.ts';
import { formatScore } from './formatScore.ts';
import { htmlTable } from './htmlTable.ts';
import { noDataNote } from './noDataNote.ts';
import { perLabelChart } from './perLabelChart.ts';
import { reportSection } from './reportSection.ts';

/** Section (d): per label, how often trainees matched gold with the same label, as bars and a table. */
export function perLabelSection(data: CalibrationReportData): string {
  const title = 'Labels';
  const explanation =
    'For each label, the share of gold’s objects and segments with that label that a trainee matched and labelled the same, summed over trainees and items.';
  if (data.labels.length === 0) {
    return reportSection(title, explanation, noDataNote('no labels have been compared with gold.'));
  }
  const table = htmlTable(
    [
      { heading: 'Label' },
      { heading: 'Gold', numeric: true },
      { heading: 'Agreed', numeric: true },
      { heading: 'Share', numeric: true },
      { heading: 'Label disagreements', numeric: true },
    ],
    data.labels.map((label) => [
      label.labelName,
      formatCount(label.gold),
      formatCount(label.agreed),
      formatScore(label.gold > 0 ? label.agreed / label.gold : null),
      formatCount(label.labelDisagreements),
    ]),
  );
  return reportSection(
    title,
    explanation,
    `<figure>${perLabelChart(data.labels)}</figure>${table}`,
  );
}
