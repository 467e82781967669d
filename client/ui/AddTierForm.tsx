import type { FormEvent } from 'react';
import { useState } from 'react';
import type { NewTier } from '../../shared/doc/schemaEdits/addTier.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import { TIER_KINDS } from '../../shared/schema/tier.ts';

/** Adds a timeline tier: a name, a kind, and optionally the tier its segments must lie inside. */
export function AddTierForm(props: {
  tiers: readonly Tier[];
  disabled: boolean;
  onAdd: (input: NewTier) => Result<unknown>;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('segments');
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = props.onAdd({ name, kind, parentId: parentId === '' ? null : parentId });
    setError(added.ok ? null : added.error);
    if (added.ok) setName('');
  };
  return (
    <form className="schema-add-form" onSubmit={submit}>
      <input
        value={name}
        placeholder="New tier"
        aria-label="Name of the new tier"
        data-testid="add-tier-name"
        disabled={props.disabled}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        value={kind}
        aria-label="Kind of the new tier"
        disabled={props.disabled}
        onChange={(event) => setKind(event.target.value)}
      >
        {TIER_KINDS.map((each) => (
          <option key={each} value={each}>
            {each}
          </option>
        ))}
      </select>
      <select
        value={parentId}
        aria-label="Tier the new tier's segments lie inside"
        disabled={props.disabled}
        onChange={(event) => setParentId(event.target.value)}
      >
        <option value="">no parent tier</option>
        {props.tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            inside {tier.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={props.disabled} data-testid="add-tier-submit">
        Add tier
      </button>
      {error && (
        <span className="error field-error" role="alert" data-testid="add-tier-error">
          {error}
        </span>
      )}
    </form>
  );
}
