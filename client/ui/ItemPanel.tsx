import { useEffect, useState } from 'react';
import type { InstructionView, LayerSnapshot, LinkEndView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { LinkTarget } from '../commands/linkObjects.ts';

/** Shows a stored text and writes it back when the field loses focus or after a pause in typing. */
function InstructionText(props: {
  value: string;
  label: string;
  testId: string;
  disabled: boolean;
  onWrite: (text: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  const [editing, setEditing] = useState(false);
  // Others' edits arrive while this field is not being typed in.
  useEffect(() => {
    if (!editing) setDraft(props.value);
  }, [props.value, editing]);
  useEffect(() => {
    if (!editing || draft === props.value) return;
    const timer = setTimeout(() => props.onWrite(draft), 400);
    return () => clearTimeout(timer);
  });
  return (
    <label className="instruction-text">
      <span className="muted">{props.label}</span>
      <textarea
        data-testid={props.testId}
        value={draft}
        disabled={props.disabled}
        rows={2}
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          setEditing(false);
          if (draft !== props.value) props.onWrite(draft);
        }}
      />
    </label>
  );
}

function describeReference(end: LinkEndView): string {
  if (end.kind === 'text') return end.span ? `“${end.span.text}”` : `“${end.quote}” (deleted)`;
  return end.objectId.slice(0, 8);
}

function InstructionCard(props: {
  item: InstructionView;
  canWrite: boolean;
  target: LinkTarget | null;
  onWrite: (field: 'prompt' | 'response', text: string) => void;
  onRefer: (target: LinkTarget) => void;
  onDelete: () => void;
}) {
  const { item, target } = props;
  return (
    <li className="instruction" data-testid={`instruction-${item.id}`}>
      <InstructionText
        label="Prompt"
        testId="instruction-prompt"
        value={item.prompt}
        disabled={!props.canWrite}
        onWrite={(text) => props.onWrite('prompt', text)}
      />
      <InstructionText
        label="Response"
        testId="instruction-response"
        value={item.response}
        disabled={!props.canWrite}
        onWrite={(text) => props.onWrite('response', text)}
      />
      <div className="instruction-references">
        <span className="muted">refers to</span>
        {item.references.length === 0 && <span className="muted">nothing yet</span>}
        {item.references.map((reference, index) => (
          <span key={index} className="chip">
            {describeReference(reference)}
          </span>
        ))}
        {props.canWrite && (
          <button
            type="button"
            disabled={!target}
            title="Refer to the selected object, or the words selected in the transcript"
            data-testid="instruction-refer"
            onClick={() => target && props.onRefer(target)}
          >
            + selection
          </button>
        )}
        {props.canWrite && (
          <button type="button" onClick={props.onDelete} title="Delete this instruction item">
            Delete
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * What belongs to the whole item: its tags (any label of the schema, toggled) and its
 * instruction-tuning items (prompt, response, references to objects and words).
 */
export function ItemPanel(props: {
  snapshot: LayerSnapshot;
  labels: readonly Label[];
  canWrite: boolean;
  /** What "+ selection" refers to: the words selected in the transcript, else the one selected object. */
  target: LinkTarget | null;
  onToggleTag: (labelId: string) => void;
  onCreateInstruction: () => void;
  onWrite: (id: string, field: 'prompt' | 'response', text: string) => void;
  onRefer: (id: string, target: LinkTarget) => void;
  onDeleteInstruction: (id: string) => void;
}) {
  const tagged = new Set(props.snapshot.tags.map((tag) => tag.labelId));
  return (
    <section className="item-panel" data-testid="item-panel" aria-label="Item">
      <h2>Item tags</h2>
      <div className="item-tags">
        {props.labels.map((label) => (
          <button
            key={label.id}
            type="button"
            className={tagged.has(label.id) ? 'chip active' : 'chip'}
            aria-pressed={tagged.has(label.id)}
            data-testid={`tag-${label.id}`}
            disabled={!props.canWrite}
            onClick={() => props.onToggleTag(label.id)}
          >
            {label.name}
          </button>
        ))}
      </div>
      <h2>
        Instructions ({props.snapshot.instructions.length})
        {props.canWrite && (
          <button type="button" data-testid="instruction-new" onClick={props.onCreateInstruction}>
            + new
          </button>
        )}
      </h2>
      <ul className="instruction-list">
        {props.snapshot.instructions.map((item) => (
          <InstructionCard
            key={item.id}
            item={item}
            canWrite={props.canWrite}
            target={props.target}
            onWrite={(field, text) => props.onWrite(item.id, field, text)}
            onRefer={(target) => props.onRefer(item.id, target)}
            onDelete={() => props.onDeleteInstruction(item.id)}
          />
        ))}
      </ul>
    </section>
  );
}
