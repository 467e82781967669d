import type { AttributeSpec } from '../../shared/schema/attributeSpec.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { SchemaCommands } from '../schemaEditor/SchemaCommands.ts';
import { AddAttributeForm } from './AddAttributeForm.tsx';
import { InlineTextField } from './InlineTextField.tsx';

function describeAttribute(attribute: AttributeSpec): string {
  const options = attribute.options.length > 0 ? `: ${attribute.options.join(', ')}` : '';
  const flags = [attribute.required && 'required', attribute.perFrame && 'per frame'].filter(
    Boolean,
  );
  return `${attribute.type}${options}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}

/** A label's attributes, each renamed in place, and a form to add one. */
export function LabelAttributes(props: {
  label: Label;
  commands: SchemaCommands;
  disabled: boolean;
}) {
  const { label, commands, disabled } = props;
  const attributes = label.attributes ?? [];
  return (
    <div className="label-attributes">
      <h3>Attributes</h3>
      {attributes.length === 0 && <p className="muted">None yet.</p>}
      <ul>
        {attributes.map((attribute) => (
          <li key={attribute.id} data-testid={`attribute-${label.id}-${attribute.id}`}>
            <InlineTextField
              value={attribute.name}
              label={`Name of attribute ${attribute.id} of ${label.name}`}
              testId={`attribute-name-${label.id}-${attribute.id}`}
              disabled={disabled}
              onCommit={(name) => commands.renameLabelAttribute(label.id, attribute.id, name)}
            />
            <span className="muted">{describeAttribute(attribute)}</span>
          </li>
        ))}
      </ul>
      <AddAttributeForm
        labelId={label.id}
        disabled={disabled}
        onAdd={(input) => commands.addLabelAttribute(label.id, input)}
      />
    </div>
  );
}
