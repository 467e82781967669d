import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';

/** Adds a label by name; its id is made from the name and its colour picked from the palette. */
export function AddLabelForm(props: {
  disabled: boolean;
  onAdd: (name: string) => Result<unknown>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = props.onAdd(name);
    setError(added.ok ? null : added.error);
    if (added.ok) setName('');
  };
  return (
    <form className="schema-add-form" onSubmit={submit}>
      <input
        value={name}
        placeholder="New label"
        aria-label="Name of the new label"
        data-testid="add-label-name"
        disabled={props.disabled}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" disabled={props.disabled} data-testid="add-label-submit">
        Add label
      </button>
      {error && (
        <span className="error field-error" role="alert" data-testid="add-label-error">
          {error}
        </span>
      )}
    </form>
  );
}
