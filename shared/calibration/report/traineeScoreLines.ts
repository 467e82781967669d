import type { CalibrationReportData, SessionPerson } from '../CalibrationReportData.ts';
import { finiteOrNull } from './finiteOrNull.ts';
import { meanOf } from './meanOf.ts';

const MS_PER_MINUTE = 60_000;

/** A trainee's spatial F1 against gold at one moment, minutes after the session started. */
export interface ScorePoint {
  minutes: number;
  spatialF1: number;
}

/** The points of one trainee's line. */
export interface TraineeScoreLine {
  trainee: SessionPerson;
  points: ScorePoint[];
}

/**
 * Each trainee's spatial F1 against gold over time: at every sample of theirs, the mean over items
 * of each item's latest sample (null samples leave the item out), in the session's trainee order.
 */
export function traineeScoreLines(data: CalibrationReportData): TraineeScoreLine[] {
  const startMs = finiteOrNull(data.session.startedAtMs) ?? 0;
  const samples = data.timeline
    .filter((sample) => finiteOrNull(sample.atMs) !== null)
    .sort((left, right) => left.atMs - right.atMs);
  return data.trainees.map((trainee) => {
    const latestByItem = new Map<string, number | null>();
    const points: ScorePoint[] = [];
    for (const sample of samples) {
      if (sample.username !== trainee.username) continue;
      latestByItem.set(sample.itemId, finiteOrNull(sample.spatialF1));
      const spatialF1 = meanOf(latestByItem.values());
      if (spatialF1 === null) continue;
      points.push({ minutes: (sample.atMs - startMs) / MS_PER_MINUTE, spatialF1 });
    }
    return { trainee, points };
  });
}
