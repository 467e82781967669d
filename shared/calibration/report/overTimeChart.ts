import { escapeHtml } from './escapeHtml.ts';
import { linearScale } from './linearScale.ts';
import { niceTickStep } from './niceTickStep.ts';
import type { PlotArea } from './PlotArea.ts';
import { ratioGrid } from './ratioGrid.ts';
import { roundPx } from './roundPx.ts';
import { seriesColour } from './seriesColour.ts';
import { svgLegend } from './svgLegend.ts';
import type { TraineeScoreLine } from './traineeScoreLines.ts';

/** A moment drawn as a dashed vertical line with a short label above the plot. */
export interface TimeMarker {
  minutes: number;
  label: string;
}

const PLOT_WIDTH_PX = 680;
const PLOT_HEIGHT_PX = 240;
const MARGIN = { left: 52, right: 28, bottom: 48 };
const MAX_TICKS = 8;

/**
 * A line per trainee of spatial F1 against gold (0–1) over minutes since the session started, the
 * x axis running to `endMinutes` at least, with the markers drawn across the plot.
 */
export function overTimeChart(
  lines: readonly TraineeScoreLine[],
  markers: readonly TimeMarker[],
  endMinutes: number,
): string {
  const legend = svgLegend(
    lines.map((line, index) => ({ label: line.trainee.displayName, colour: seriesColour(index) })),
    MARGIN.left,
    8,
    PLOT_WIDTH_PX,
  );
  const plot: PlotArea = {
    left: MARGIN.left,
    top: legend.height + 32,
    width: PLOT_WIDTH_PX,
    height: PLOT_HEIGHT_PX,
  };
  const allMinutes = [
    ...lines.flatMap((line) => line.points.map((point) => point.minutes)),
    ...markers.map((marker) => marker.minutes),
  ];
  // A reduce, not Math.min(...spread): a long session's timeline can outgrow the argument limit.
  const startMinutes = allMinutes.reduce((least, minutes) => Math.min(least, minutes), 0);
  const lastMinutes = allMinutes.reduce(
    (greatest, minutes) => Math.max(greatest, minutes),
    Math.max(endMinutes, startMinutes + 1),
  );
  const toX = linearScale(startMinutes, lastMinutes, plot.left, plot.left + plot.width);
  const toY = linearScale(0, 1, plot.top + plot.height, plot.top);
  const width = plot.left + plot.width + MARGIN.right;
  const height = plot.top + plot.height + MARGIN.bottom;
  const series = lines.map((line, index) => {
    const colour = seriesColour(index);
    const points = line.points.map((point) => ({
      x: roundPx(toX(point.minutes)),
      y: roundPx(toY(point.spatialF1)),
    }));
    const path = `<polyline class="series" stroke="${colour}" points="${points.map(({ x, y }) => `${x},${y}`).join(' ')}"><title>${escapeHtml(line.trainee.displayName)}</title></polyline>`;
    const dots = points.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="3" fill="${colour}"/>`);
    return `<g>${path}${dots.join('')}</g>`;
  });
  return (
    `<svg data-chart="over-time" role="img" aria-label="Each trainee's spatial F1 against gold over the minutes since the session started" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    legend.markup +
    ratioGrid(plot) +
    minuteAxis(plot, startMinutes, lastMinutes, toX) +
    markerLines(plot, markers, toX) +
    series.join('') +
    `</svg>`
  );
}

function minuteAxis(
  plot: PlotArea,
  startMinutes: number,
  lastMinutes: number,
  toX: (minutes: number) => number,
): string {
  const step = niceTickStep(lastMinutes - startMinutes, MAX_TICKS);
  const baseY = plot.top + plot.height;
  const ticks: string[] = [];
  // Counted in whole steps so a fractional step does not drift past the last tick.
  const lastStep = Math.floor(lastMinutes / step + 1e-9);
  for (let index = Math.ceil(startMinutes / step - 1e-9); index <= lastStep; index += 1) {
    const tick = index * step;
    const x = roundPx(toX(tick));
    ticks.push(
      `<line class="tick-mark" x1="${x}" x2="${x}" y1="${baseY}" y2="${baseY + 5}"/>` +
        `<text class="tick" x="${x}" y="${baseY + 19}" text-anchor="middle">${Number(tick.toFixed(2))}</text>`,
    );
  }
  const title = `<text class="axis-title" x="${roundPx(plot.left + plot.width / 2)}" y="${baseY + 40}" text-anchor="middle">minutes since the session started</text>`;
  return `<g class="axis">${ticks.join('')}${title}</g>`;
}

function markerLines(
  plot: PlotArea,
  markers: readonly TimeMarker[],
  toX: (minutes: number) => number,
): string {
  const lines = markers.map((marker) => {
    const x = roundPx(toX(marker.minutes));
    return (
      `<line class="marker" x1="${x}" x2="${x}" y1="${plot.top}" y2="${plot.top + plot.height}"/>` +
      `<text class="marker-label" x="${x}" y="${plot.top - 8}" text-anchor="middle">${escapeHtml(marker.label)}</text>`
    );
  });
  return `<g>${lines.join('')}</g>`;
}
