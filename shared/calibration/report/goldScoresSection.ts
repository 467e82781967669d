import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { formatScore } from './formatScore.ts';
import { goldScoresChart } from './goldScoresChart.ts';
import { htmlTable } from './htmlTable.ts';
import { noDataNote } from './noDataNote.ts';
import { reportSection } from './reportSection.ts';
import { traineeGoldAverages } from './traineeGoldAverages.ts';

/** Section (a): each trainee against gold, as a grouped bar chart and a table of the same means. */
export function goldScoresSection(data: CalibrationReportData): string {
  const averages = traineeGoldAverages(data);
  const title = 'Scores against gold';
  const explanation =
    'Each trainee’s precision, recall and F1 against the gold layer, averaged over the items they were scored on. A dash means no item had a score.';
  if (averages.length === 0) return reportSection(title, explanation, noDataNote('no trainees.'));
  const hasScores = averages.some((average) =>
    [average.spatialPrecision, average.spatialRecall, average.spatialF1, average.segmentF1].some(
      (value) => value !== null,
    ),
  );
  const table = htmlTable(
    [
      { heading: 'Trainee' },
      { heading: 'Username' },
      { heading: 'Items scored', numeric: true },
      { heading: 'Spatial precision', numeric: true },
      { heading: 'Spatial recall', numeric: true },
      { heading: 'Spatial F1', numeric: true },
      { heading: 'Segment F1', numeric: true },
    ],
    averages.map((average) => [
      average.trainee.displayName,
      average.trainee.username,
      String(average.itemsScored),
      formatScore(average.spatialPrecision),
      formatScore(average.spatialRecall),
      formatScore(average.spatialF1),
      formatScore(average.segmentF1),
    ]),
  );
  const chart = hasScores
    ? `<figure>${goldScoresChart(averages)}</figure>`
    : noDataNote('no trainee has a score against gold to chart.');
  return reportSection(title, explanation, chart + table);
}
