import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import { AttributePanel } from './AttributePanel.tsx';
import { ItemPanel } from './ItemPanel.tsx';
import { LinkBar } from './LinkBar.tsx';
import { LintPanel } from './LintPanel.tsx';
import { ObjectList } from './ObjectList.tsx';
import type { useLinking } from './useLinking.ts';

/**
 * The side pane: the layer's objects, the selected object's attributes, linking what is selected,
 * the live Problems list, and the item's tags and instruction items.
 */
export function ObjectsPane(props: {
  session: ItemSession;
  /** What is shown (the past while history is open). */
  snapshot: LayerSnapshot;
  /** The layer as it is now, which linking, the lint and the item panel work on. */
  liveSnapshot: LayerSnapshot;
  frameBoxes: readonly FrameBox[];
  frame: number;
  labels: readonly Label[];
  labelSchema: LabelSchemaSnapshot;
  selection: readonly string[];
  onSelect: (ids: string[]) => void;
  canWrite: boolean;
  linking: ReturnType<typeof useLinking>;
  findings: readonly LintFinding[];
  onJump: (finding: LintFinding) => void;
  report: (message: string) => void;
}) {
  const { session, snapshot, liveSnapshot, labels, selection, canWrite, linking } = props;
  const { commands } = session;
  const report = (result: { ok: true } | { ok: false; error: string }) => {
    if (!result.ok) props.report(result.error);
  };
  return (
    <aside className="pane pane-objects">
      <ObjectList
        snapshot={snapshot}
        frameBoxes={props.frameBoxes}
        labels={labels}
        tiers={props.labelSchema.tiers}
        selection={selection}
        onSelect={props.onSelect}
      />
      <AttributePanel
        snapshot={snapshot}
        selection={selection}
        labels={labels}
        frame={props.frame}
        canWrite={canWrite}
        onChange={(recordId, attribute, value) =>
          report(commands.setAttributeValue(recordId, attribute, value))
        }
      />
      <LinkBar
        snapshot={liveSnapshot}
        selection={selection}
        textSpan={linking.textSpan}
        targets={linking.targets}
        relationTypes={props.labelSchema.relationTypes}
        relationTypeId={linking.relationTypeId}
        onRelationType={linking.setRelationTypeId}
        canWrite={canWrite}
        onLink={linking.link}
        onRetype={linking.retype}
      />
      <LintPanel findings={props.findings} onJump={props.onJump} />
      <ItemPanel
        snapshot={liveSnapshot}
        labels={labels}
        canWrite={canWrite}
        target={linking.referenceTarget}
        onToggleTag={(labelId) => report(commands.toggleTag(labelId))}
        onCreateInstruction={() => report(commands.createInstruction())}
        onWrite={(id, field, text) => report(commands.editInstruction(id, field, text))}
        onRefer={(id, target) => report(commands.referToTarget(id, target))}
        onDeleteInstruction={(id) => report(commands.deleteInstruction(id))}
      />
    </aside>
  );
}
