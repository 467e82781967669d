import type { TraineeItemScore } from '../../shared/calibration/CalibrationReportData.ts';
import { formatScore } from '../../shared/calibration/report/formatScore.ts';

const exact = (value: number | null) => (value === null ? '' : String(value));

/**
 * Each trainee's scores against gold per item, as the engine has them now. The exact figures
 * ride on data attributes, so they can be compared with `concord agreement` digit for digit.
 */
export function TraineeScoreTable(props: {
  scores: readonly TraineeItemScore[];
  displayName: (username: string) => string;
}) {
  if (props.scores.length === 0) {
    return <p className="muted">No scores yet: they appear as soon as a trainee draws.</p>;
  }
  return (
    <table className="calibration-scores">
      <thead>
        <tr>
          <th>Trainee</th>
          <th>Item</th>
          <th>Drawn</th>
          <th>Precision</th>
          <th>Recall</th>
          <th>F1</th>
          <th>Mean IoU</th>
          <th>Boundary error</th>
          <th>Label accuracy</th>
          <th>WER</th>
        </tr>
      </thead>
      <tbody>
        {props.scores.map(({ itemId, username, gold }) => (
          <tr
            key={`${itemId}/${username}`}
            data-testid="trainee-score"
            data-username={username}
            data-item={itemId}
            data-spatial-precision={exact(gold.spatial.precision)}
            data-spatial-recall={exact(gold.spatial.recall)}
            data-spatial-f1={exact(gold.spatial.f1)}
            data-mean-iou={exact(gold.spatial.meanIoU)}
            data-segment-f1={exact(gold.segments.f1)}
            data-boundary-ms={exact(gold.segments.meanBoundaryErrorMs)}
          >
            <td>{props.displayName(username)}</td>
            <td>{itemId}</td>
            <td className="numeric">
              {gold.spatial.matched + gold.spatial.falsePositives} frames,{' '}
              {gold.segments.matched + gold.segments.falsePositives} segments
            </td>
            <td className="numeric">{formatScore(gold.spatial.precision)}</td>
            <td className="numeric">{formatScore(gold.spatial.recall)}</td>
            <td className="numeric">{formatScore(gold.spatial.f1)}</td>
            <td className="numeric">{formatScore(gold.spatial.meanIoU)}</td>
            <td className="numeric">
              {gold.segments.meanBoundaryErrorMs === null
                ? '—'
                : `${gold.segments.meanBoundaryErrorMs.toFixed(0)} ms`}
            </td>
            <td className="numeric">{formatScore(gold.segments.labelAccuracy)}</td>
            <td className="numeric">{formatScore(gold.transcripts.wer)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
