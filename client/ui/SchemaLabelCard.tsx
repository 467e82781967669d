import type { Label } from '../../shared/schema/labelSchema.ts';
import { DEFAULT_IOU_THRESHOLD } from '../../shared/agreement/iouThresholdOf.ts';
import type { SchemaCommands } from '../schemaEditor/SchemaCommands.ts';
import { ColourField } from './ColourField.tsx';
import { editorKeyClash } from './editorKeyClash.ts';
import { InlineTextField } from './InlineTextField.tsx';
import { LabelAttributes } from './LabelAttributes.tsx';

function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** One label of the schema: colour, name, hotkey, IoU threshold and attributes, each edited in place. */
export function SchemaLabelCard(props: {
  label: Label;
  commands: SchemaCommands;
  disabled: boolean;
}) {
  const { label, commands, disabled } = props;
  const id = label.id;
  const clash = editorKeyClash(label.hotkey);
  return (
    <li className="schema-label" data-testid={`schema-label-${id}`}>
      <div className="schema-label-fields">
        <ColourField
          value={label.colour}
          label={`Colour of ${label.name}`}
          testId={`label-colour-${id}`}
          disabled={disabled}
          onCommit={(colour) => commands.setLabelColour(id, colour)}
        />
        <InlineTextField
          value={label.name}
          label={`Name of label ${id}`}
          testId={`label-name-${id}`}
          className="label-name"
          disabled={disabled}
          onCommit={(name) => commands.renameLabel(id, name)}
        />
        <span className="muted" title="The id annotations refer to; renaming never changes it">
          id {id}
        </span>
        <span className="schema-field-caption">Hotkey</span>
        <InlineTextField
          value={label.hotkey ?? ''}
          label={`Hotkey of ${label.name} (one letter or digit; empty for none)`}
          testId={`label-hotkey-${id}`}
          className="hotkey"
          placeholder="none"
          maxLength={1}
          selectOnFocus
          disabled={disabled}
          onCommit={(text) => commands.setLabelHotkey(id, blankToNull(text)?.toLowerCase() ?? null)}
        />
        <span className="schema-field-caption">IoU</span>
        <InlineTextField
          value={label.iouThreshold === undefined ? '' : String(label.iouThreshold)}
          label={`IoU from which two shapes labelled ${label.name} are the same object (0 to 1; empty for the default)`}
          testId={`label-iou-${id}`}
          className="iou"
          placeholder={`default ${DEFAULT_IOU_THRESHOLD}`}
          selectOnFocus
          disabled={disabled}
          onCommit={(text) => {
            const typed = blankToNull(text);
            return commands.setLabelIouThreshold(id, typed === null ? null : Number(typed));
          }}
        />
      </div>
      {clash && (
        <p className="muted schema-warning" data-testid={`label-hotkey-${id}-clash`}>
          {clash}
        </p>
      )}
      <LabelAttributes label={label} commands={commands} disabled={disabled} />
    </li>
  );
}
