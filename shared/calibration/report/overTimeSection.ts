import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { finiteOrNull } from './finiteOrNull.ts';
import { formatScore } from './formatScore.ts';
import { htmlTable } from './htmlTable.ts';
import { noDataNote } from './noDataNote.ts';
import type { TimeMarker } from './overTimeChart.ts';
import { overTimeChart } from './overTimeChart.ts';
import { reportSection } from './reportSection.ts';
import { traineeScoreLines } from './traineeScoreLines.ts';

const MS_PER_MINUTE = 60_000;

/** Section (c): each trainee's spatial F1 against gold over the session, with the guideline changes and the reveal marked. */
export function overTimeSection(data: CalibrationReportData): string {
  const title = 'Agreement with gold over time';
  const explanation =
    'Each trainee’s spatial F1 against gold as they worked (the mean over items of each item’s latest score). Dashed lines mark the guideline changes, numbered as in the table at the end, and the reveal.';
  const lines = traineeScoreLines(data);
  if (!lines.some((line) => line.points.length > 0)) {
    return reportSection(title, explanation, noDataNote('no scores have been sampled.'));
  }
  const { session } = data;
  const minutesOf = (atMs: number) => (atMs - session.startedAtMs) / MS_PER_MINUTE;
  const markers: TimeMarker[] = data.guidelineChanges
    .map((change, index) => ({ minutes: minutesOf(change.atMs), label: String(index + 1) }))
    .filter((marker) => finiteOrNull(marker.minutes) !== null);
  const revealedMinutes = finiteOrNull(
    session.revealedAtMs === null ? null : minutesOf(session.revealedAtMs),
  );
  if (revealedMinutes !== null) markers.push({ minutes: revealedMinutes, label: 'revealed' });
  const endMinutes = finiteOrNull(minutesOf(session.closedAtMs)) ?? 0;
  const table = htmlTable(
    [
      { heading: 'Trainee' },
      { heading: 'Samples', numeric: true },
      { heading: 'First', numeric: true },
      { heading: 'Latest', numeric: true },
      { heading: 'Change', numeric: true },
    ],
    lines.map(({ trainee, points }) => {
      const first = points[0]?.spatialF1 ?? null;
      const latest = points.at(-1)?.spatialF1 ?? null;
      const change = first === null || latest === null ? null : latest - first;
      return [
        trainee.displayName,
        String(points.length),
        formatScore(first),
        formatScore(latest),
        formatChange(change),
      ];
    }),
  );
  const chart = `<figure>${overTimeChart(lines, markers, endMinutes)}</figure>`;
  return reportSection(title, explanation, chart + table);
}

function formatChange(change: number | null): string {
  if (change === null) return '—';
  const hundredths = Math.round(change * 100);
  if (hundredths === 0) return '0.00';
  return `${hundredths > 0 ? '+' : '−'}${formatScore(Math.abs(hundredths) / 100)}`;
}
