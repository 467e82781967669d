import type { CalibrationReportData, SessionPerson } from '../CalibrationReportData.ts';
import { meanOf } from './meanOf.ts';

/** One trainee's scores against gold averaged over the items they were scored on. */
export interface TraineeGoldAverage {
  trainee: SessionPerson;
  itemsScored: number;
  spatialPrecision: number | null;
  spatialRecall: number | null;
  spatialF1: number | null;
  segmentF1: number | null;
}

/** Each trainee's mean scores against gold over items, nulls skipped, in the session's trainee order. */
export function traineeGoldAverages(data: CalibrationReportData): TraineeGoldAverage[] {
  return data.trainees.map((trainee) => {
    const golds = data.scores
      .filter((score) => score.username === trainee.username)
      .map((score) => score.gold);
    return {
      trainee,
      itemsScored: golds.length,
      spatialPrecision: meanOf(golds.map((gold) => gold.spatial.precision)),
      spatialRecall: meanOf(golds.map((gold) => gold.spatial.recall)),
      spatialF1: meanOf(golds.map((gold) => gold.spatial.f1)),
      segmentF1: meanOf(golds.map((gold) => gold.segments.f1)),
    };
  });
}
