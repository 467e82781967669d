import { ok } from '../../shared/schema/result.ts';
import type { SchemaSession } from '../schemaEditor/SchemaSession.ts';
import { SchemaEditor } from './SchemaEditor.tsx';
import { useProjectDocumentSession } from './useProjectDocumentSession.ts';

/** Opens a project's label schema live and shows its editor (read-only for those who may not write). */
export function SchemaPage(props: {
  projectId: string;
  openSchema: (projectId: string) => SchemaSession;
}) {
  const { session, reloadedBecause } = useProjectDocumentSession(props.projectId, (projectId) =>
    ok(props.openSchema(projectId)),
  );
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
