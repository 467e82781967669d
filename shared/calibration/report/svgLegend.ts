import { escapeHtml } from './escapeHtml.ts';
import { roundPx } from './roundPx.ts';

const SWATCH_PX = 12;
const ROW_PX = 20;
const ENTRY_GAP_PX = 18;
// An estimate for 12px sans-serif; SVG text cannot be measured without a browser.
const CHARACTER_PX = 7;

/** One coloured entry of a legend. */
export interface LegendEntry {
  label: string;
  colour: string;
}

/**
 * A legend of swatches and labels starting at (x, y), wrapped into rows no wider than `maxWidth`;
 * `height` is the room it takes.
 */
export function svgLegend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
): { markup: string; height: number } {
  let column = 0;
  let row = 0;
  const parts: string[] = [];
  for (const { label, colour } of entries) {
    const entryWidth = SWATCH_PX + 6 + label.length * CHARACTER_PX;
    if (column > 0 && column + entryWidth > maxWidth) {
      column = 0;
      row += 1;
    }
    const entryX = roundPx(x + column);
    const entryY = roundPx(y + row * ROW_PX);
    parts.push(
      `<rect x="${entryX}" y="${entryY}" width="${SWATCH_PX}" height="${SWATCH_PX}" rx="2" fill="${colour}"/>` +
        `<text x="${roundPx(entryX + SWATCH_PX + 6)}" y="${roundPx(entryY + SWATCH_PX - 1)}">${escapeHtml(label)}</text>`,
    );
    column += entryWidth + ENTRY_GAP_PX;
  }
  const height = entries.length === 0 ? 0 : (row + 1) * ROW_PX;
  return { markup: `<g class="legend">${parts.join('')}</g>`, height };
}
