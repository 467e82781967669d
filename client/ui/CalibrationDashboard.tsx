import { useEffect, useMemo, useState } from 'react';
import type { ScoreSample } from '../../shared/calibration/CalibrationReportData.ts';
import type { CalibrationSessionSummary } from '../../shared/protocol/calibration.ts';
import { liveReportData, newSamples } from '../calibration/liveReportData.ts';
import type { CalibrationWatch } from '../calibration/openCalibrationWatch.ts';
import { useWatchedItems } from '../calibration/useWatchedItems.ts';
import { CalibrationCharts } from './CalibrationCharts.tsx';
import { SyncIndicator } from './SyncIndicator.tsx';
import { TraineeScoreTable } from './TraineeScoreTable.tsx';
import type { TraineeDisagreement } from './WorstDisagreements.tsx';
import { worstDisagreements, WorstDisagreements } from './WorstDisagreements.tsx';

/**
 * The trainer's live view of a session: each trainee's scores against gold, the agreement between
 * trainees, scores over time (sampled here as they move), per-label bars and the worst
 * disagreements, all re-read as the server rescored each edit.
 */
export function CalibrationDashboard(props: {
  session: CalibrationSessionSummary;
  watch: CalibrationWatch;
  onAddToGuidelines: ((entry: TraineeDisagreement) => void) | null;
}) {
  const { session, watch } = props;
  const { items, schema } = useWatchedItems(watch);
  const [timeline, setTimeline] = useState<ScoreSample[]>([]);
  const data = useMemo(
    () => liveReportData(session, items, schema.labels, timeline, Date.now()),
    [session, items, schema, timeline],
  );
  useEffect(() => {
    const added = newSamples(data, timeline, Date.now());
    if (added.length > 0) setTimeline((previous) => [...previous, ...added]);
  }, [data, timeline]);
  const names = new Map(session.trainees.map((each) => [each.username, each.displayName]));
  const displayName = (username: string) => names.get(username) ?? username;
  const worst = worstDisagreements(
    items.map(({ itemId, agreement }) => ({ itemId, disagreements: agreement.disagreements })),
    session.layers,
  );
  return (
    <div className="calibration-dashboard" data-testid="calibration-dashboard">
      <div className="sync-row">
        {watch.documents.map((document) => (
          <SyncIndicator key={document.layer} document={document} />
        ))}
      </div>
      <section className="calibration-panel">
        <h2>Scores against gold, now</h2>
        <TraineeScoreTable scores={data.scores} displayName={displayName} />
      </section>
      <section className="calibration-panel">
        <h2>Worst disagreements with gold</h2>
        <WorstDisagreements
          projectId={session.projectId}
          entries={worst}
          displayName={displayName}
          onAddToGuidelines={props.onAddToGuidelines}
        />
      </section>
      <CalibrationCharts data={data} />
    </div>
  );
}
