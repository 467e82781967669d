import { escapeHtml } from './escapeHtml.ts';
import { finiteOrNull } from './finiteOrNull.ts';
import { formatScore } from './formatScore.ts';
import { linearScale } from './linearScale.ts';
import type { PlotArea } from './PlotArea.ts';
import { ratioGrid } from './ratioGrid.ts';
import { roundPx } from './roundPx.ts';
import { svgLegend } from './svgLegend.ts';
import type { TraineeGoldAverage } from './traineeGoldAverages.ts';
import { truncateLabel } from './truncateLabel.ts';

type Measure = 'spatialPrecision' | 'spatialRecall' | 'spatialF1' | 'segmentF1';

const MEASURES: readonly { key: Measure; label: string; colour: string }[] = [
  { key: 'spatialPrecision', label: 'Spatial precision', colour: '#9cc3e4' },
  { key: 'spatialRecall', label: 'Spatial recall', colour: '#4a90c8' },
  { key: 'spatialF1', label: 'Spatial F1', colour: '#1d4e89' },
  { key: 'segmentF1', label: 'Segment F1', colour: '#e08a2c' },
];

const BAR_PX = 32;
const BAR_GAP_PX = 6;
const GROUP_PX = MEASURES.length * BAR_PX + (MEASURES.length - 1) * BAR_GAP_PX + 44;
const PLOT_HEIGHT_PX = 220;
const MIN_PLOT_WIDTH_PX = 560;
const MARGIN = { left: 52, right: 16, bottom: 40 };

/** A grouped bar chart of each trainee's mean spatial precision, recall, F1 and segment F1 against gold, on a 0–1 axis. */
export function goldScoresChart(averages: readonly TraineeGoldAverage[]): string {
  const plotWidth = Math.max(MIN_PLOT_WIDTH_PX, averages.length * GROUP_PX);
  const legend = svgLegend(MEASURES, MARGIN.left, 8, plotWidth);
  const plot: PlotArea = {
    left: MARGIN.left,
    top: legend.height + 28,
    width: plotWidth,
    height: PLOT_HEIGHT_PX,
  };
  const width = plot.left + plot.width + MARGIN.right;
  const height = plot.top + plot.height + MARGIN.bottom;
  const firstGroupLeft = plot.left + (plot.width - averages.length * GROUP_PX) / 2;
  const groups = averages.map((average, index) =>
    traineeGroup(average, firstGroupLeft + index * GROUP_PX, plot),
  );
  return (
    `<svg data-chart="gold-scores" role="img" aria-label="Mean scores against gold per trainee: spatial precision, recall, F1 and segment F1, from 0 to 1" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    legend.markup +
    ratioGrid(plot) +
    groups.join('') +
    `</svg>`
  );
}

function traineeGroup(average: TraineeGoldAverage, groupLeft: number, plot: PlotArea): string {
  const toY = linearScale(0, 1, plot.top + plot.height, plot.top);
  const baseY = plot.top + plot.height;
  const barsLeft =
    groupLeft + (GROUP_PX - (MEASURES.length * (BAR_PX + BAR_GAP_PX) - BAR_GAP_PX)) / 2;
  const bars = MEASURES.map(({ key, label, colour }, index) => {
    const value = finiteOrNull(average[key]);
    const x = roundPx(barsLeft + index * (BAR_PX + BAR_GAP_PX));
    const centre = roundPx(x + BAR_PX / 2);
    if (value === null) {
      return `<text class="value missing" x="${centre}" y="${roundPx(baseY - 6)}" text-anchor="middle">—</text>`;
    }
    const top = roundPx(toY(Math.min(1, Math.max(0, value))));
    const barHeight = roundPx(baseY - top);
    return (
      `<rect x="${x}" y="${top}" width="${BAR_PX}" height="${barHeight}" fill="${colour}">` +
      `<title>${escapeHtml(`${average.trainee.displayName}: ${label} ${formatScore(value)}`)}</title></rect>` +
      `<text class="value" x="${centre}" y="${roundPx(top - 5)}" text-anchor="middle">${formatScore(value)}</text>`
    );
  });
  const name = average.trainee.displayName;
  const label =
    `<text class="category" x="${roundPx(groupLeft + GROUP_PX / 2)}" y="${roundPx(baseY + 22)}" text-anchor="middle">` +
    `<title>${escapeHtml(name)}</title>${escapeHtml(truncateLabel(name, 20))}</text>`;
  return `<g>${bars.join('')}${label}</g>`;
}
