import { useMemo } from 'react';
import type { CalibrationReportData } from '../../shared/calibration/CalibrationReportData.ts';
import { agreementSection } from '../../shared/calibration/report/agreementSection.ts';
import { goldScoresSection } from '../../shared/calibration/report/goldScoresSection.ts';
import { overTimeSection } from '../../shared/calibration/report/overTimeSection.ts';
import { perLabelSection } from '../../shared/calibration/report/perLabelSection.ts';
import { REPORT_STYLE } from '../../shared/calibration/report/REPORT_STYLE.ts';
import { scopeStyle } from '../calibration/scopeStyle.ts';

const SCOPE = '.calibration-charts';
const SCOPED_STYLE = scopeStyle(REPORT_STYLE, SCOPE);

/**
 * The report's charts and tables drawn from live data: the same sections the closing report
 * prints (their markup escapes every name), so what the trainer sees live is what the file shows.
 */
export function CalibrationCharts(props: { data: CalibrationReportData }) {
  const html = useMemo(
    () =>
      [goldScoresSection, agreementSection, overTimeSection, perLabelSection]
        .map((section) => section(props.data))
        .join(''),
    [props.data],
  );
  return (
    <>
      <style>{SCOPED_STYLE}</style>
      <div
        className={SCOPE.slice(1)}
        data-testid="calibration-charts"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}
