import type { Context } from 'hono';
import type { CalibrationReportData } from '../../shared/calibration/CalibrationReportData.ts';
import type { CalibrationSessionRow } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';

const FORMATS = ['json'] as const;

/** A closed session's report in the format the path asks for (`report.json`). */
export function sendSessionReport(c: Context<HttpEnv>, session: CalibrationSessionRow): Response {
  const format = c.req.param('format') ?? '';
  if (!(FORMATS as readonly string[]).includes(format)) {
    const message = `a report is served as ${FORMATS.map((each) => `report.${each}`).join(', ')}; not report.${format}`;
    return errorResponse(c, 404, 'not_found', message, 'format');
  }
  if (session.report === null) {
    const message = `calibration session '${session.id}' has no report until it is closed`;
    return errorResponse(c, 409, 'not_closed', message, 'sessionId');
  }
  const report = JSON.parse(session.report) as CalibrationReportData;
  return c.json(report);
}
