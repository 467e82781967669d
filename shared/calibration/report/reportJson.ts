import type { DetectionScores, GoldScore } from '../../agreement/goldScores.ts';
import type { CalibrationReportData, SessionPerson } from '../CalibrationReportData.ts';

/**
 * The report data as JSON indented by two spaces, every object's keys in the order the types
 * declare them, whatever order the data was built in.
 */
export function reportJson(data: CalibrationReportData): string {
  const { session } = data;
  const ordered: CalibrationReportData = {
    session: {
      id: session.id,
      projectId: session.projectId,
      name: session.name,
      trainer: person(session.trainer),
      itemIds: [...session.itemIds],
      startedAtMs: session.startedAtMs,
      revealedAtMs: session.revealedAtMs,
      closedAtMs: session.closedAtMs,
    },
    trainees: data.trainees.map(person),
    scores: data.scores.map((score) => ({
      itemId: score.itemId,
      username: score.username,
      layer: score.layer,
      gold: goldScore(score.gold),
    })),
    agreement: data.agreement.map((pair) => ({
      itemId: pair.itemId,
      usernames: [pair.usernames[0], pair.usernames[1]],
      spatialF1: pair.spatialF1,
      meanIoU: pair.meanIoU,
      segmentF1: pair.segmentF1,
      segmentLabelAgreement: pair.segmentLabelAgreement,
      wer: pair.wer,
    })),
    timeline: data.timeline.map((sample) => ({
      atMs: sample.atMs,
      itemId: sample.itemId,
      username: sample.username,
      spatialF1: sample.spatialF1,
      segmentF1: sample.segmentF1,
    })),
    labels: data.labels.map((label) => ({
      labelId: label.labelId,
      labelName: label.labelName,
      gold: label.gold,
      agreed: label.agreed,
      labelDisagreements: label.labelDisagreements,
    })),
    guidelineChanges: data.guidelineChanges.map((change) => ({
      atMs: change.atMs,
      by: change.by,
      document: change.document,
      description: change.description,
    })),
  };
  return JSON.stringify(ordered, null, 2);
}

function person({ username, displayName }: SessionPerson): SessionPerson {
  return { username, displayName };
}

function detection(scores: DetectionScores): DetectionScores {
  return {
    matched: scores.matched,
    falsePositives: scores.falsePositives,
    falseNegatives: scores.falseNegatives,
    precision: scores.precision,
    recall: scores.recall,
    f1: scores.f1,
  };
}

function goldScore({ layer, spatial, segments, transcripts }: GoldScore): GoldScore {
  return {
    layer,
    spatial: {
      ...detection(spatial),
      meanIoU: spatial.meanIoU,
      idf1: spatial.idf1,
      identitySwitches: spatial.identitySwitches,
    },
    segments: {
      ...detection(segments),
      labelAccuracy: segments.labelAccuracy,
      meanBoundaryErrorMs: segments.meanBoundaryErrorMs,
    },
    transcripts: { wer: transcripts.wer, cer: transcripts.cer },
  };
}
