import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { agreementSection } from './agreementSection.ts';
import { escapeHtml } from './escapeHtml.ts';
import { goldScoresSection } from './goldScoresSection.ts';
import { guidelineChangesSection } from './guidelineChangesSection.ts';
import { overTimeSection } from './overTimeSection.ts';
import { perLabelSection } from './perLabelSection.ts';
import { REPORT_STYLE } from './REPORT_STYLE.ts';
import { reportHeader } from './reportHeader.ts';

// The page loads nothing and runs nothing: only its own inline style may apply.
const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The session's report as one self-contained HTML page: header, then scores against gold,
 * agreement between trainees, agreement over time, labels and guideline changes, each chart an
 * inline SVG beside the numbers it draws. Every text from the data is escaped.
 */
export function reportHtml(data: CalibrationReportData): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Calibration report: ${escapeHtml(data.session.name)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    reportHeader(data),
    goldScoresSection(data),
    agreementSection(data),
    overTimeSection(data),
    perLabelSection(data),
    guidelineChangesSection(data),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
