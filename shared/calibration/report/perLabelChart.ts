import type { LabelTally } from '../CalibrationReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { finiteOrNull } from './finiteOrNull.ts';
import { formatScore } from './formatScore.ts';
import { linearScale } from './linearScale.ts';
import { roundPx } from './roundPx.ts';
import { truncateLabel } from './truncateLabel.ts';

const LABELS_PX = 180;
const TRACK_PX = 380;
const VALUES_PX = 150;
const ROW_PX = 30;
const BAR_PX = 18;
const TOP_PX = 12;
const AXIS_PX = 30;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Horizontal bars per label: the share of gold's objects and segments with that label that trainees matched with the same label. */
export function perLabelChart(labels: readonly LabelTally[]): string {
  const width = LABELS_PX + TRACK_PX + VALUES_PX;
  const rowsBottom = TOP_PX + labels.length * ROW_PX;
  const height = rowsBottom + AXIS_PX;
  const toX = linearScale(0, 1, LABELS_PX, LABELS_PX + TRACK_PX);
  const grid = TICKS.map((tick) => {
    const x = roundPx(toX(tick));
    return (
      `<line class="${tick === 0 ? 'baseline' : 'grid'}" x1="${x}" x2="${x}" y1="${TOP_PX - 4}" y2="${rowsBottom}"/>` +
      `<text class="tick" x="${x}" y="${rowsBottom + 18}" text-anchor="middle">${tick}</text>`
    );
  });
  const rows = labels.map((label, index) => labelRow(label, TOP_PX + index * ROW_PX, toX));
  return (
    `<svg data-chart="per-label" role="img" aria-label="Per label, the share of gold's objects and segments that trainees matched with the same label" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<g class="axis">${grid.join('')}</g>` +
    rows.join('') +
    `</svg>`
  );
}

function labelRow(label: LabelTally, top: number, toX: (share: number) => number): string {
  const gold = finiteOrNull(label.gold) ?? 0;
  const agreed = finiteOrNull(label.agreed) ?? 0;
  const share = gold > 0 ? Math.min(1, Math.max(0, agreed / gold)) : null;
  const barY = roundPx(top + (ROW_PX - BAR_PX) / 2);
  const middle = roundPx(top + ROW_PX / 2 + 4);
  const name =
    `<text class="category" x="${LABELS_PX - 10}" y="${middle}" text-anchor="end">` +
    `<title>${escapeHtml(label.labelName)}</title>${escapeHtml(truncateLabel(label.labelName, 24))}</text>`;
  const track = `<rect class="track" x="${LABELS_PX}" y="${barY}" width="${TRACK_PX}" height="${BAR_PX}"/>`;
  const bar =
    share === null
      ? ''
      : `<rect class="share" x="${LABELS_PX}" y="${barY}" width="${roundPx(toX(share) - LABELS_PX)}" height="${BAR_PX}"/>`;
  const value = share === null ? 'no gold' : `${agreed} / ${gold} · ${formatScore(share)}`;
  const valueText = `<text class="value-side" x="${LABELS_PX + TRACK_PX + 10}" y="${middle}">${escapeHtml(value)}</text>`;
  return `<g>${name}${track}${bar}${valueText}</g>`;
}
