import type {
  CalibrationSessionResponse,
  CalibrationSessionsResponse,
  CreateCalibrationSessionRequest,
} from '../../shared/protocol/calibration.ts';
import type {
  CreateHoneypotsRequest,
  HoneypotScoresResponse,
  HoneypotsResponse,
} from '../../shared/protocol/honeypots.ts';
import type { ApiResult } from './ApiResult.ts';
import { requestJson } from './requestJson.ts';

/** A calibration report's formats, as the server serves them. */
export type ReportFormat = 'json' | 'csv' | 'html';

/** Calibration sessions over HTTP: list, start, read, reveal, close, and the closed report. */
export interface CalibrationApi {
  list(projectId: string): Promise<ApiResult<CalibrationSessionsResponse>>;
  start(
    projectId: string,
    request: CreateCalibrationSessionRequest,
  ): Promise<ApiResult<CalibrationSessionResponse>>;
  get(projectId: string, sessionId: string): Promise<ApiResult<CalibrationSessionResponse>>;
  reveal(projectId: string, sessionId: string): Promise<ApiResult<CalibrationSessionResponse>>;
  close(projectId: string, sessionId: string): Promise<ApiResult<CalibrationSessionResponse>>;
  /** The report file as a blob (the request carries the token, so a plain link cannot). */
  report(projectId: string, sessionId: string, format: ReportFormat): Promise<ApiResult<Blob>>;
  /** Mixes copies of a gold item into annotators' queues. */
  createHoneypots(
    projectId: string,
    request: CreateHoneypotsRequest,
  ): Promise<ApiResult<HoneypotsResponse>>;
  /** Each annotator's honeypot scores against gold, by the time of their edits. */
  honeypotScores(projectId: string): Promise<ApiResult<HoneypotScoresResponse>>;
}

export function createCalibrationApi(token: () => string | null): CalibrationApi {
  const sessions = (projectId: string) =>
    `/api/projects/${encodeURIComponent(projectId)}/calibration-sessions`;
  const honeypots = (projectId: string) =>
    `/api/projects/${encodeURIComponent(projectId)}/honeypots`;
  const session = (projectId: string, sessionId: string) =>
    `${sessions(projectId)}/${encodeURIComponent(sessionId)}`;
  return {
    list: (projectId) => requestJson(sessions(projectId), { token: token() }),
    start: (projectId, request) =>
      requestJson(sessions(projectId), { method: 'POST', body: request, token: token() }),
    get: (projectId, sessionId) => requestJson(session(projectId, sessionId), { token: token() }),
    reveal: (projectId, sessionId) =>
      requestJson(`${session(projectId, sessionId)}/reveal`, { method: 'POST', token: token() }),
    close: (projectId, sessionId) =>
      requestJson(`${session(projectId, sessionId)}/close`, { method: 'POST', token: token() }),
    createHoneypots: (projectId, request) =>
      requestJson(honeypots(projectId), { method: 'POST', body: request, token: token() }),
    honeypotScores: (projectId) =>
      requestJson(`${honeypots(projectId)}/scores`, { token: token() }),
    async report(projectId, sessionId, format) {
      const path = `${session(projectId, sessionId)}/report.${format}`;
      const current = token();
      try {
        const response = await fetch(path, {
          headers: current ? { authorization: `Bearer ${current}` } : {},
        });
        if (response.ok) return { ok: true, value: await response.blob() };
        return {
          ok: false,
          status: response.status,
          error: `the report could not be read (${response.status})`,
        };
      } catch {
        return {
          ok: false,
          status: 0,
          error: 'the server cannot be reached: check your connection',
        };
      }
    },
  };
}
