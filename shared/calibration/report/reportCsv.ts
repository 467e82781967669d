import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { csvNumber } from './csvNumber.ts';
import { csvText } from './csvText.ts';

const LINE_END = '\r\n';
const RATIO_DECIMALS = 4;
const MS_DECIMALS = 1;

const SCORE_HEADER = [
  'session',
  'item',
  'trainee',
  'display name',
  'layer',
  'spatial precision',
  'spatial recall',
  'spatial F1',
  'mean IoU',
  'IDF1',
  'identity switches',
  'segment precision',
  'segment recall',
  'segment F1',
  'label accuracy',
  'mean boundary error ms',
  'WER',
  'CER',
];

const AGREEMENT_HEADER = [
  'item',
  'trainee A',
  'trainee B',
  'spatial F1',
  'mean IoU',
  'segment F1',
  'segment label agreement',
  'WER',
];

/**
 * The session as CSV (CRLF lines): each trainee's scores against gold per item, then, after one
 * empty line, the agreement between each pair of trainees per item. Rows follow the session's
 * item order, then the trainee order; null scores are empty cells.
 */
export function reportCsv(data: CalibrationReportData): string {
  const rows = [
    SCORE_HEADER.join(','),
    ...scoreRows(data),
    '',
    AGREEMENT_HEADER.join(','),
    ...agreementRows(data),
  ];
  return rows.map((row) => row + LINE_END).join('');
}

function scoreRows(data: CalibrationReportData): string[] {
  const displayNames = new Map(
    data.trainees.map((person) => [person.username, person.displayName]),
  );
  const order = rankOf(data);
  const scores = [...data.scores].sort(
    (left, right) =>
      order.item(left.itemId) - order.item(right.itemId) ||
      order.trainee(left.username) - order.trainee(right.username),
  );
  return scores.map(({ itemId, username, layer, gold }) =>
    [
      csvText(data.session.name),
      csvText(itemId),
      csvText(username),
      csvText(displayNames.get(username) ?? ''),
      csvText(layer),
      csvNumber(gold.spatial.precision, RATIO_DECIMALS),
      csvNumber(gold.spatial.recall, RATIO_DECIMALS),
      csvNumber(gold.spatial.f1, RATIO_DECIMALS),
      csvNumber(gold.spatial.meanIoU, RATIO_DECIMALS),
      csvNumber(gold.spatial.idf1, RATIO_DECIMALS),
      csvNumber(gold.spatial.identitySwitches, 0),
      csvNumber(gold.segments.precision, RATIO_DECIMALS),
      csvNumber(gold.segments.recall, RATIO_DECIMALS),
      csvNumber(gold.segments.f1, RATIO_DECIMALS),
      csvNumber(gold.segments.labelAccuracy, RATIO_DECIMALS),
      csvNumber(gold.segments.meanBoundaryErrorMs, MS_DECIMALS),
      csvNumber(gold.transcripts.wer, RATIO_DECIMALS),
      csvNumber(gold.transcripts.cer, RATIO_DECIMALS),
    ].join(','),
  );
}

function agreementRows(data: CalibrationReportData): string[] {
  const order = rankOf(data);
  const pairs = [...data.agreement].sort(
    (left, right) =>
      order.item(left.itemId) - order.item(right.itemId) ||
      order.trainee(left.usernames[0]) - order.trainee(right.usernames[0]) ||
      order.trainee(left.usernames[1]) - order.trainee(right.usernames[1]),
  );
  return pairs.map((pair) =>
    [
      csvText(pair.itemId),
      csvText(pair.usernames[0]),
      csvText(pair.usernames[1]),
      csvNumber(pair.spatialF1, RATIO_DECIMALS),
      csvNumber(pair.meanIoU, RATIO_DECIMALS),
      csvNumber(pair.segmentF1, RATIO_DECIMALS),
      csvNumber(pair.segmentLabelAgreement, RATIO_DECIMALS),
      csvNumber(pair.wer, RATIO_DECIMALS),
    ].join(','),
  );
}

// Items and trainees the session does not list sort after the listed ones, in data order (the sort is stable).
function rankOf(data: CalibrationReportData) {
  const items = new Map(data.session.itemIds.map((itemId, index) => [itemId, index]));
  const trainees = new Map(data.trainees.map((person, index) => [person.username, index]));
  return {
    item: (itemId: string) => items.get(itemId) ?? items.size,
    trainee: (username: string) => trainees.get(username) ?? trainees.size,
  };
}
