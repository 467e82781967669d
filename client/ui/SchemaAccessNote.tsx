import type { ConnectionState } from '../collab/ConnectionState.ts';

/** Why the schema cannot be edited here, if it cannot: refused, still connecting, or read-only. */
export function SchemaAccessNote(props: { state: ConnectionState }) {
  const { state } = props;
  if (state.problem) {
    return (
      <p className="error" role="alert" data-testid="schema-problem">
        {state.problem}
      </p>
    );
  }
  if (state.scope === null) return <p className="muted">Connecting to the label schema…</p>;
  if (state.scope === 'readonly') {
    return (
      <p className="notice schema-read-only" data-testid="schema-read-only">
        You can read this label schema but not change it: only the project&apos;s trainers and
        admins edit labels, attributes and tiers.
      </p>
    );
  }
  return null;
}
