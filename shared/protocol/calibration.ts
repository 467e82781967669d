import { z } from 'zod';
import { PROJECT_OR_ITEM_ID_PATTERN } from '../schema/ids.ts';
import type { CalibrationReportData } from '../calibration/CalibrationReportData.ts';

/** POST /api/projects/:projectId/calibration-sessions: trainees label gold items blind. */
export const createCalibrationSessionRequestSchema = z.object({
  name: z
    .string({ error: 'name is required' })
    .trim()
    .min(1, 'name is required')
    .max(200, 'name is at most 200 characters'),
  itemIds: z
    .array(
      z.string().regex(PROJECT_OR_ITEM_ID_PATTERN, 'is not an item id'),
      'itemIds must be a list of item ids',
    )
    .min(1, 'name at least one item with a gold layer')
    .max(50, 'a session has at most 50 items'),
  usernames: z
    .array(z.string().min(1, 'is empty').max(64), 'usernames must be a list of trainees')
    .min(1, 'name at least one trainee')
    .max(100, 'a session has at most 100 trainees'),
});
export type CreateCalibrationSessionRequest = z.infer<typeof createCalibrationSessionRequestSchema>;

/** Blind until revealed; closed once the report is made. */
export type CalibrationSessionState = 'blind' | 'revealed' | 'closed';

/** One trainee's blind layer on one item of a session. */
export interface SessionLayer {
  itemId: string;
  username: string;
  assignmentId: string;
  /** `a.<assignmentId>`. */
  layer: string;
}

/** A session as the API shows it; a trainee sees only their own layers. */
export interface CalibrationSessionSummary {
  id: string;
  projectId: string;
  name: string;
  state: CalibrationSessionState;
  trainer: { username: string; displayName: string };
  createdAtMs: number;
  revealedAtMs: number | null;
  closedAtMs: number | null;
  itemIds: string[];
  trainees: Array<{ username: string; displayName: string }>;
  layers: SessionLayer[];
}

export interface CalibrationSessionResponse {
  session: CalibrationSessionSummary;
}

export interface CalibrationSessionsResponse {
  sessions: CalibrationSessionSummary[];
}

/** GET …/calibration-sessions/:sessionId/report.json */
export type CalibrationReportResponse = CalibrationReportData;
