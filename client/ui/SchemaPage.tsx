import type { SchemaSession } from '../schemaEditor/SchemaSession.ts';
import { SchemaEditor } from './SchemaEditor.tsx';
import { useSchemaSession } from './useSchemaSession.ts';

/** Opens a project's label schema live and shows its editor (read-only for those who may not write). */
export function SchemaPage(props: {
  projectId: string;
  openSchema: (projectId: string) => SchemaSession;
}) {
  const { session, reloadedBecause } = useSchemaSession(props.projectId, props.openSchema);
  if (!session) {
    return <main className="listing">Connecting to the label schema of {props.projectId}…</main>;
  }
  return (
    <>
      {reloadedBecause && (
        <p className="notice" role="status">
          Reloaded the label schema because {reloadedBecause}.
        </p>
      )}
      <SchemaEditor key={session.projectId} session={session} />
    </>
  );
}
