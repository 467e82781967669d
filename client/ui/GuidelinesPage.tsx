import { useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';
import { GuidelinesEditor } from '../guidelines/GuidelinesEditor.tsx';
import type { GuidelinesSession } from '../guidelines/GuidelinesSession.ts';
import { GuidelineVersionList } from '../guidelines/GuidelineVersionList.tsx';
import { GuidelineVersionView } from '../guidelines/GuidelineVersionView.tsx';
import '../guidelines/Guidelines.css';
import { Link } from './Link.tsx';
import { GuidelinesHeader } from './GuidelinesHeader.tsx';
import { projectPath } from './Route.ts';
import { useProjectDocumentSession } from './useProjectDocumentSession.ts';
import { useStore } from './useStore.ts';

function GuidelinesWorkspace(props: { session: GuidelinesSession }) {
  const { session } = props;
  const connection = useStore(session.document);
  const { versions } = useStore(session.versions);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const picked = versions.find((version) => version.id === pickedId) ?? null;
  const writable = connection.scope === 'read-write';
  return (
    <main className="guidelines-page" data-testid="guidelines-page">
      <GuidelinesHeader session={session} readOnly={connection.scope === 'readonly'} />
      {connection.problem && <p className="notice error">{connection.problem}</p>}
      {connection.scope === 'readonly' && (
        <p className="notice" data-testid="guidelines-read-only">
          You can read these guidelines; only the project&apos;s trainers and admins can edit them
          or save versions.
        </p>
      )}
      <div className="guidelines-body">
        <section className="guidelines-main" aria-label="Guidelines text">
          {connection.scope === null && !connection.problem && (
            <p className="muted">Opening the guidelines…</p>
          )}
          {connection.scope !== null && (
            <div hidden={picked !== null}>
              <GuidelinesEditor
                key={connection.scope}
                provider={session.provider}
                user={session.presenceUser}
                writable={writable}
              />
            </div>
          )}
          {picked && (
            <GuidelineVersionView
              key={picked.id}
              version={picked}
              openTextStore={session.openTextStore}
              onClose={() => setPickedId(null)}
            />
          )}
        </section>
        <GuidelineVersionList
          versions={versions}
          pickedId={pickedId}
          onPick={setPickedId}
          onSave={writable ? session.saveVersion : null}
        />
      </div>
    </main>
  );
}

/** A project's guidelines: the live text, its named versions and what changed since each. */
export function GuidelinesPage(props: {
  projectId: string;
  openSession: (projectId: string) => Result<GuidelinesSession>;
}) {
  const { session, error, reloadedBecause } = useProjectDocumentSession(
    props.projectId,
    props.openSession,
  );
  if (error) {
    return (
      <main className="listing">
        <p className="error">{error}</p>
        <Link to={projectPath(props.projectId)}>Back to the items of {props.projectId}</Link>
      </main>
    );
  }
  if (!session) return <main className="listing">Opening the guidelines…</main>;
  return (
    <>
      {reloadedBecause && (
        <p className="notice" role="status">
          Reloaded the guidelines because {reloadedBecause}.
        </p>
      )}
      <GuidelinesWorkspace session={session} />
    </>
  );
}
