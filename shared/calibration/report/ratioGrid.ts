import { linearScale } from './linearScale.ts';
import type { PlotArea } from './PlotArea.ts';
import { roundPx } from './roundPx.ts';

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Horizontal grid lines and tick labels for a 0–1 vertical axis on the left of the plot. */
export function ratioGrid(plot: PlotArea): string {
  const toY = linearScale(0, 1, plot.top + plot.height, plot.top);
  const right = roundPx(plot.left + plot.width);
  const lines = TICKS.map((tick) => {
    const y = roundPx(toY(tick));
    const lineClass = tick === 0 ? 'baseline' : 'grid';
    return (
      `<line class="${lineClass}" x1="${plot.left}" x2="${right}" y1="${y}" y2="${y}"/>` +
      `<text class="tick" x="${plot.left - 8}" y="${roundPx(y + 4)}" text-anchor="end">${tick.toFixed(1)}</text>`
    );
  });
  return `<g class="axis">${lines.join('')}</g>`;
}
