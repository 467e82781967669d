import type { SessionPerson } from '../CalibrationReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { finiteOrNull } from './finiteOrNull.ts';
import { formatScore } from './formatScore.ts';
import { HEAT_SCALE_ENDS, heatColour } from './heatColour.ts';
import type { PairAgreementAverage } from './pairAgreementAverages.ts';
import { truncateLabel } from './truncateLabel.ts';

const CELL_PX = 100;
const ROW_LABELS_PX = 170;
const COLUMN_LABELS_PX = 36;
const LEGEND_PX = 64;
const LEGEND_BAR_PX = 200;
// Cell values from here up are printed in white on the darker blues.
const DARK_FROM = 0.5;

/**
 * A heat map of spatial F1 between every two trainees (mean over items), the value printed in each
 * cell, the diagonal left blank and pairs without a value shown with a dash.
 */
export function agreementMatrixChart(
  trainees: readonly SessionPerson[],
  pairs: readonly PairAgreementAverage[],
): string {
  const gridPx = trainees.length * CELL_PX;
  const width = ROW_LABELS_PX + Math.max(gridPx, LEGEND_BAR_PX + 60) + 16;
  const height = COLUMN_LABELS_PX + gridPx + LEGEND_PX;
  const labels = trainees.map((trainee, index) => {
    const centre = ROW_LABELS_PX + index * CELL_PX + CELL_PX / 2;
    const middle = COLUMN_LABELS_PX + index * CELL_PX + CELL_PX / 2;
    const title = `<title>${escapeHtml(trainee.displayName)}</title>`;
    return (
      `<text class="category" x="${centre}" y="${COLUMN_LABELS_PX - 12}" text-anchor="middle">${title}${escapeHtml(truncateLabel(trainee.displayName, 12))}</text>` +
      `<text class="category" x="${ROW_LABELS_PX - 10}" y="${middle + 4}" text-anchor="end">${title}${escapeHtml(truncateLabel(trainee.displayName, 22))}</text>`
    );
  });
  const cells = trainees.flatMap((rowTrainee, row) =>
    trainees.map((columnTrainee, column) =>
      matrixCell(row, column, pairOf(pairs, rowTrainee, columnTrainee)),
    ),
  );
  return (
    `<svg data-chart="agreement-matrix" role="img" aria-label="Spatial F1 between each two trainees, mean over items, as a heat map" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    labels.join('') +
    cells.join('') +
    scaleLegend(COLUMN_LABELS_PX + gridPx + 24) +
    `</svg>`
  );
}

function pairOf(
  pairs: readonly PairAgreementAverage[],
  left: SessionPerson,
  right: SessionPerson,
): PairAgreementAverage | null {
  if (left.username === right.username) return null;
  const names = [left.username, right.username];
  return (
    pairs.find(
      (pair) => names.includes(pair.first.username) && names.includes(pair.second.username),
    ) ?? null
  );
}

function matrixCell(row: number, column: number, pair: PairAgreementAverage | null): string {
  const x = ROW_LABELS_PX + column * CELL_PX + 1;
  const y = COLUMN_LABELS_PX + row * CELL_PX + 1;
  const size = CELL_PX - 2;
  if (row === column) {
    return `<rect class="diagonal" x="${x}" y="${y}" width="${size}" height="${size}"/>`;
  }
  const value = finiteOrNull(pair?.spatialF1 ?? null);
  const fill = value === null ? '#f1f1f1' : heatColour(value);
  const textClass = value !== null && value >= DARK_FROM ? 'cell-value dark' : 'cell-value';
  const title = pair
    ? `<title>${escapeHtml(`${pair.first.displayName} and ${pair.second.displayName}: spatial F1 ${formatScore(value)} over ${pair.items} item${pair.items === 1 ? '' : 's'}`)}</title>`
    : '';
  return (
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${fill}">${title}</rect>` +
    `<text class="${textClass}" x="${x + size / 2}" y="${y + size / 2 + 5}" text-anchor="middle">${formatScore(value)}</text>`
  );
}

function scaleLegend(top: number): string {
  const left = ROW_LABELS_PX;
  return (
    `<defs><linearGradient id="agreement-scale"><stop offset="0" stop-color="${HEAT_SCALE_ENDS.low}"/><stop offset="1" stop-color="${HEAT_SCALE_ENDS.high}"/></linearGradient></defs>` +
    `<g class="legend"><rect x="${left}" y="${top}" width="${LEGEND_BAR_PX}" height="12" fill="url(#agreement-scale)" stroke="#c8ccd2"/>` +
    `<text class="tick" x="${left}" y="${top + 28}" text-anchor="start">0</text>` +
    `<text class="tick" x="${left + LEGEND_BAR_PX}" y="${top + 28}" text-anchor="end">1</text>` +
    `<text x="${left + LEGEND_BAR_PX + 12}" y="${top + 11}">spatial F1</text></g>`
  );
}
