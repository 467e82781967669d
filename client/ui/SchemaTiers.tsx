import type { Tier } from '../../shared/schema/tier.ts';
import type { SchemaCommands } from '../schemaEditor/SchemaCommands.ts';
import { AddTierForm } from './AddTierForm.tsx';
import { InlineTextField } from './InlineTextField.tsx';

/** The project's timeline tiers, each renamed in place, and a form to add one. */
export function SchemaTiers(props: {
  tiers: readonly Tier[];
  commands: SchemaCommands;
  disabled: boolean;
}) {
  const { tiers, commands, disabled } = props;
  const nameOf = (tierId: string) => tiers.find((tier) => tier.id === tierId)?.name ?? tierId;
  return (
    <section className="schema-section">
      <h2>Tiers</h2>
      {tiers.length === 0 && <p className="muted">No tiers yet.</p>}
      <ul className="schema-tiers">
        {tiers.map((tier) => (
          <li key={tier.id} data-testid={`schema-tier-${tier.id}`}>
            <InlineTextField
              value={tier.name}
              label={`Name of tier ${tier.id}`}
              testId={`tier-name-${tier.id}`}
              disabled={disabled}
              onCommit={(name) => commands.renameTier(tier.id, name)}
            />
            <span className="muted">
              {tier.kind}
              {tier.parentId ? `, inside ${nameOf(tier.parentId)}` : ''} · id {tier.id}
            </span>
          </li>
        ))}
      </ul>
      <AddTierForm tiers={tiers} disabled={disabled} onAdd={(input) => commands.addTier(input)} />
    </section>
  );
}
