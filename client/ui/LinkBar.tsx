import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { RelationType } from '../../shared/schema/relationType.ts';
import type { LinkTarget } from '../commands/linkObjects.ts';
import type { TextSpan } from '../transcript/TextSpan.ts';

const UNTYPED = '';

/**
 * Links what is selected (two objects, or words in the transcript and one object) with a relation
 * type from the label schema (J), and changes the type of a selected link.
 */
export function LinkBar(props: {
  snapshot: LayerSnapshot;
  selection: readonly string[];
  textSpan: TextSpan | null;
  targets: [LinkTarget, LinkTarget] | null;
  relationTypes: readonly RelationType[];
  relationTypeId: string | null;
  onRelationType: (relationTypeId: string | null) => void;
  canWrite: boolean;
  onLink: (from: LinkTarget, to: LinkTarget) => void;
  onRetype: (linkId: string, relationTypeId: string | null) => void;
}) {
  const { targets } = props;
  const selectedLink =
    props.selection.length === 1
      ? props.snapshot.links.find((link) => link.id === props.selection[0])
      : undefined;
  if (!props.canWrite || (!targets && !selectedLink)) return null;
  const typeChoice = (value: string, onChange: (value: string) => void) => (
    <select
      aria-label="Relation type"
      data-testid="relation-type"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value={UNTYPED}>untyped</option>
      {props.relationTypes.map((relation) => (
        <option key={relation.id} value={relation.id}>
          {relation.name}
        </option>
      ))}
    </select>
  );
  if (selectedLink) {
    return (
      <div className="link-bar" data-testid="link-bar">
        <span className="muted">link</span>
        {typeChoice(selectedLink.relationTypeId ?? UNTYPED, (value) =>
          props.onRetype(selectedLink.id, value === UNTYPED ? null : value),
        )}
        <span className="muted">Delete removes it</span>
      </div>
    );
  }
  const [from, to] = targets as [LinkTarget, LinkTarget];
  const describe = (target: LinkTarget) =>
    target.kind === 'text' ? `“${props.textSpan?.text ?? ''}”` : target.id.slice(0, 6);
  return (
    <div className="link-bar" data-testid="link-bar">
      <span className="muted">
        {describe(from)} → {describe(to)}
      </span>
      {typeChoice(props.relationTypeId ?? UNTYPED, (value) =>
        props.onRelationType(value === UNTYPED ? null : value),
      )}
      <button
        type="button"
        data-testid="link-button"
        title="Link the selection (J)"
        onClick={() => props.onLink(from, to)}
      >
        Link
      </button>
    </div>
  );
}
