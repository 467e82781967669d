import type { FormEvent } from 'react';
import { useState } from 'react';
import type { NewAttribute } from '../../shared/doc/schemaEdits/addLabelAttribute.ts';
import { ATTRIBUTE_TYPES } from '../../shared/schema/attributeSpec.ts';
import type { Result } from '../../shared/schema/result.ts';

const TYPE_NAMES: Readonly<Record<(typeof ATTRIBUTE_TYPES)[number], string>> = {
  select: 'select one',
  multiselect: 'select several',
  checkbox: 'checkbox',
  number: 'number',
  text: 'text',
};

/** Adds an attribute to one label (a name, a type, options for the selects, two flags), behind a button. */
export function AddAttributeForm(props: {
  labelId: string;
  disabled: boolean;
  onAdd: (input: NewAttribute) => Result<unknown>;
}) {
  const [name, setName] = useState('');
  const [type, setType] = useState<string>('select');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const [perFrame, setPerFrame] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const hasOptions = type === 'select' || type === 'multiselect';
  const testId = `add-attribute-${props.labelId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = props.onAdd({
      name,
      type,
      options: hasOptions ? options.split(',') : [],
      required,
      perFrame,
    });
    setError(added.ok ? null : added.error);
    if (added.ok) {
      setName('');
      setOptions('');
      setOpen(false);
    }
  };
  const close = () => {
    setOpen(false);
    setError(null);
  };
  if (!open) {
    return (
      <button
        type="button"
        className="schema-open-form"
        disabled={props.disabled}
        data-testid={`${testId}-open`}
        onClick={() => setOpen(true)}
      >
        + Attribute
      </button>
    );
  }
  return (
    <form className="schema-add-form" onSubmit={submit} data-testid={testId}>
      <input
        autoFocus
        value={name}
        placeholder="New attribute"
        aria-label="Name of the new attribute"
        data-testid={`${testId}-name`}
        disabled={props.disabled}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        value={type}
        aria-label="Type of the new attribute"
        disabled={props.disabled}
        onChange={(event) => setType(event.target.value)}
      >
        {ATTRIBUTE_TYPES.map((each) => (
          <option key={each} value={each}>
            {TYPE_NAMES[each]}
          </option>
        ))}
      </select>
      {hasOptions && (
        <input
          value={options}
          placeholder="options, comma-separated"
          aria-label="Options of the new attribute, separated by commas"
          disabled={props.disabled}
          onChange={(event) => setOptions(event.target.value)}
        />
      )}
      <label>
        <input
          type="checkbox"
          checked={required}
          disabled={props.disabled}
          onChange={(event) => setRequired(event.target.checked)}
        />
        required
      </label>
      <label>
        <input
          type="checkbox"
          checked={perFrame}
          disabled={props.disabled}
          onChange={(event) => setPerFrame(event.target.checked)}
        />
        per frame
      </label>
      <button type="submit" disabled={props.disabled} data-testid={`${testId}-submit`}>
        Add attribute
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error && (
        <span className="error field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </form>
  );
}
