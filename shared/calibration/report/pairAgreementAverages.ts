import type { CalibrationReportData, SessionPerson } from '../CalibrationReportData.ts';
import { meanOf } from './meanOf.ts';

/** How two trainees agree, averaged over the items both have a pair summary for. */
export interface PairAgreementAverage {
  first: SessionPerson;
  second: SessionPerson;
  items: number;
  spatialF1: number | null;
  meanIoU: number | null;
  segmentF1: number | null;
  segmentLabelAgreement: number | null;
  wer: number | null;
}

/**
 * Every pair of the session's trainees (in trainee order, each pair once) with its agreement
 * averaged over items, nulls skipped; pairs with no summary have zero items and null measures.
 */
export function pairAgreementAverages(data: CalibrationReportData): PairAgreementAverage[] {
  const averages: PairAgreementAverage[] = [];
  data.trainees.forEach((first, firstIndex) => {
    for (const second of data.trainees.slice(firstIndex + 1)) {
      const names = new Set([first.username, second.username]);
      const pairs = data.agreement.filter(
        ({ usernames: [left, right] }) => left !== right && names.has(left) && names.has(right),
      );
      averages.push({
        first,
        second,
        items: pairs.length,
        spatialF1: meanOf(pairs.map((pair) => pair.spatialF1)),
        meanIoU: meanOf(pairs.map((pair) => pair.meanIoU)),
        segmentF1: meanOf(pairs.map((pair) => pair.segmentF1)),
        segmentLabelAgreement: meanOf(pairs.map((pair) => pair.segmentLabelAgreement)),
        wer: meanOf(pairs.map((pair) => pair.wer)),
      });
    }
  });
  return averages;
}
