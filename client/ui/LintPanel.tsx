import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT_PX = 44;
const LIST_HEIGHT_PX = 220;

function placeOf(finding: LintFinding): string {
  const { location } = finding;
  if (location === null) return '';
  if ('frame' in location) return `frame ${location.frame}`;
  return `${(location.startMs / 1000).toFixed(2)}–${(location.endMs / 1000).toFixed(2)} s`;
}

/** The live consistency lint: every problem in the layer, each a click away from where it is. */
export function LintPanel(props: {
  findings: readonly LintFinding[];
  onJump: (finding: LintFinding) => void;
}) {
  const errors = props.findings.filter((finding) => finding.severity === 'error').length;
  return (
    <div className="lint-panel" data-testid="lint-panel">
      <h2>
        Problems ({props.findings.length})
        {errors > 0 && <span className="lint-errors"> · {errors} errors</span>}
      </h2>
      {props.findings.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <VirtualList
          items={props.findings}
          rowHeightPx={ROW_HEIGHT_PX}
          heightPx={LIST_HEIGHT_PX}
          keyOf={(finding) => finding.id}
          label="Problems"
          testId="lint-list"
          renderRow={(finding) => (
            <button
              type="button"
              className={`lint-finding ${finding.severity}`}
              data-testid={`lint-${finding.rule}`}
              title={finding.message}
              onClick={() => props.onJump(finding)}
            >
              <span className="lint-message">{finding.message}</span>
              <span className="muted">{placeOf(finding)}</span>
            </button>
          )}
        />
      )}
    </div>
  );
}
