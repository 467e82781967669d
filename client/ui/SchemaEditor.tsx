import type { SchemaSession } from '../schemaEditor/SchemaSession.ts';
import { AddLabelForm } from './AddLabelForm.tsx';
import { Link } from './Link.tsx';
import { projectPath } from './Route.ts';
import { SchemaAccessNote } from './SchemaAccessNote.tsx';
import { SchemaLabelCard } from './SchemaLabelCard.tsx';
import { SchemaTiers } from './SchemaTiers.tsx';
import { SyncIndicator } from './SyncIndicator.tsx';
import { useStore } from './useStore.ts';
import './SchemaPage.css';

/** A project's live label schema: labels with their attributes, and tiers, edited in place. */
export function SchemaEditor(props: { session: SchemaSession }) {
  const { session } = props;
  const state = useStore(session.document);
  const schema = useStore(session.labelSchema);
  const disabled = state.scope !== 'read-write';
  const { projectId, commands } = session;
  return (
    <main className="listing schema-editor" data-testid="schema-editor">
      <nav className="breadcrumbs">
        <Link to="/">Projects</Link> / <Link to={projectPath(projectId)}>{projectId}</Link> / label
        schema
      </nav>
      <header className="schema-heading">
        <h1>Label schema</h1>
        <SyncIndicator document={session.document} />
      </header>
      <SchemaAccessNote state={state} />
      <section className="schema-section">
        <h2>Labels</h2>
        {schema.labels.length === 0 && <p className="muted">No labels yet.</p>}
        <ul className="schema-labels">
          {schema.labels.map((label) => (
            <SchemaLabelCard key={label.id} label={label} commands={commands} disabled={disabled} />
          ))}
        </ul>
        <AddLabelForm disabled={disabled} onAdd={(name) => commands.addLabel({ name })} />
      </section>
      <SchemaTiers tiers={schema.tiers} commands={commands} disabled={disabled} />
      {schema.violations.length > 0 && (
        <p className="muted" data-testid="schema-violations">
          Left out, because they are malformed:{' '}
          {schema.violations.map((violation) => violation.message).join('; ')}
        </p>
      )}
    </main>
  );
}
