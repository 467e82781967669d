import type { Context } from 'hono';
import type { CalibrationReportData } from '../../shared/calibration/CalibrationReportData.ts';
import { reportCsv } from '../../shared/calibration/report/reportCsv.ts';
import { reportHtml } from '../../shared/calibration/report/reportHtml.ts';
import { reportJson } from '../../shared/calibration/report/reportJson.ts';
import type { CalibrationSessionRow } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';

/** Each format's renderer and media type. */
const FORMATS: Record<string, { render(data: CalibrationReportData): string; type: string }> = {
  json: { render: reportJson, type: 'application/json; charset=utf-8' },
  csv: { render: reportCsv, type: 'text/csv; charset=utf-8' },
  html: { render: reportHtml, type: 'text/html; charset=utf-8' },
};

/** A closed session's report in the format the path asks for (`report.json`, `.csv`, `.html`), as a download. */
export function sendSessionReport(c: Context<HttpEnv>, session: CalibrationSessionRow): Response {
  const format = c.req.param('format') ?? '';
  const renderer = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (!renderer) {
    const served = Object.keys(FORMATS)
      .map((each) => `report.${each}`)
      .join(', ');
    const message = `a report is served as ${served}; not report.${format}`;
    return errorResponse(c, 404, 'not_found', message, 'format');
  }
  if (session.report === null) {
    const message = `calibration session '${session.id}' has no report until it is closed`;
    return errorResponse(c, 409, 'not_closed', message, 'sessionId');
  }
  const report = JSON.parse(session.report) as CalibrationReportData;
  const fileName = `calibration-${session.id}.${format}`;
  return c.body(renderer.render(report), 200, {
    'content-type': renderer.type,
    'content-disposition': `attachment; filename="${fileName}"`,
  });
}
