import type { GoldScore } from '../agreement/goldScores.ts';

/** A person in a calibration session, as the report names them. */
export interface SessionPerson {
  username: string;
  displayName: string;
}

/** One trainee's layer on one item, scored against the item's gold. */
export interface TraineeItemScore {
  itemId: string;
  username: string;
  /** The trainee's blind layer on the item (`a.<assignmentId>`). */
  layer: string;
  gold: GoldScore;
}

/** How two trainees' layers on one item agree (the pair's summary of the live engine). */
export interface TraineePairAgreement {
  itemId: string;
  /** The two usernames, sorted. */
  usernames: [string, string];
  /** F1 of the objects (shape-frames) the two have in common, either taken as reference. */
  spatialF1: number | null;
  meanIoU: number | null;
  /** F1 of matched segments, and the share of matched segments with the same label. */
  segmentF1: number | null;
  segmentLabelAgreement: number | null;
  /** Word error rate of one transcript against the other (the first username's the reference). */
  wer: number | null;
}

/** A trainee's score against gold at one moment (the dashboard samples it as edits arrive). */
export interface ScoreSample {
  atMs: number;
  itemId: string;
  username: string;
  /** Spatial F1 against gold; null when neither has shapes. */
  spatialF1: number | null;
  /** Segment F1 against gold; null when neither has segments. */
  segmentF1: number | null;
}

/** Per label, how the trainees' labels line up with gold's on matched objects and segments. */
export interface LabelTally {
  labelId: string;
  labelName: string;
  /** Gold objects and segments with this label, summed over trainees and items. */
  gold: number;
  /** Those a trainee matched and labelled the same. */
  agreed: number;
  /** Disagreements of kind `label` involving this label (either side). */
  labelDisagreements: number;
}

/** A change made to the guidelines or the label schema while the session ran. */
export interface GuidelineChange {
  atMs: number;
  by: string;
  /** `schema` for the label schema, `guidelines` for the guidelines document. */
  document: 'schema' | 'guidelines';
  /** One readable line: "renamed label Car to Vehicle", "saved version Round 2". */
  description: string;
}

/** Everything a calibration session's report holds; the JSON report is this object. */
export interface CalibrationReportData {
  session: {
    id: string;
    projectId: string;
    name: string;
    trainer: SessionPerson;
    itemIds: string[];
    startedAtMs: number;
    revealedAtMs: number | null;
    closedAtMs: number;
  };
  trainees: SessionPerson[];
  scores: TraineeItemScore[];
  agreement: TraineePairAgreement[];
  timeline: ScoreSample[];
  labels: LabelTally[];
  guidelineChanges: GuidelineChange[];
}
