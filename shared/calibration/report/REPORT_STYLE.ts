/** The report page's whole stylesheet, inlined so the file opens anywhere without other files. */
export const REPORT_STYLE = `
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1f2933;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 24px 48px; }
header { margin-bottom: 24px; }
.kicker { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #52606d; }
h1 { margin: 4px 0 18px; font-size: 30px; line-height: 1.2; overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 10px 24px; margin: 0; }
.facts dt { font-size: 12px; letter-spacing: 0.05em; text-transform: uppercase; color: #616e7c; }
.facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
section { margin: 0 0 20px; padding: 20px 24px 24px; background: #fff; border: 1px solid #e1e4e8; border-radius: 10px; }
h2 { margin: 0 0 4px; font-size: 20px; }
.explanation { margin: 0 0 16px; font-size: 14px; color: #52606d; }
figure { margin: 0 0 18px; }
svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg text { fill: #323f4b; }
svg .tick { font-size: 11px; fill: #616e7c; }
svg .axis-title { fill: #52606d; }
svg .grid { stroke: #e4e7eb; }
svg .baseline, svg .tick-mark { stroke: #9aa5b1; }
svg .category { font-size: 13px; font-weight: 500; }
svg .value { font-size: 11px; font-weight: 600; }
svg .missing { fill: #9aa5b1; }
svg .series { fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
svg .marker { stroke: #7b8794; stroke-dasharray: 4 4; }
svg .marker-label { font-size: 11px; font-weight: 600; fill: #52606d; }
svg .diagonal { fill: #fff; stroke: #d9dde2; }
svg .cell-value { font-size: 15px; font-weight: 600; fill: #1f2933; }
svg .cell-value.dark { fill: #fff; }
svg .track { fill: #eef1f4; }
svg .share { fill: #2f6fad; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { padding: 6px 10px; border-bottom: 1px solid #e4e7eb; text-align: left; vertical-align: top; }
th { font-size: 12px; font-weight: 600; color: #52606d; }
th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafbfc; }
.no-data { margin: 0 0 12px; padding: 14px 16px; border: 1px dashed #cbd2d9; border-radius: 8px; background: #fafbfc; color: #52606d; }
@media print {
  body { background: #fff; }
  section { break-inside: avoid; border: none; padding: 0; }
}
`;
