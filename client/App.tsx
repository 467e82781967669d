import type { ItemDetail } from '../shared/protocol/http.ts';
import { openGuidelinesSession } from './guidelines/openGuidelinesSession.ts';
import { openReviewSession } from './review/openReviewSession.ts';
import { openSchemaSession } from './schemaEditor/openSchemaSession.ts';
import { openItemSession } from './session/openItemSession.ts';
import { openCalibrationWatch } from './calibration/openCalibrationWatch.ts';
import { addDisagreementExample } from './guidelines/addDisagreementExample.ts';
import { AppHeader } from './ui/AppHeader.tsx';
import { CalibrationListPage } from './ui/CalibrationListPage.tsx';
import { CalibrationSessionPage } from './ui/CalibrationSessionPage.tsx';
import { EditorPage } from './ui/EditorPage.tsx';
import { GuidelinesPage } from './ui/GuidelinesPage.tsx';
import { ItemListPage } from './ui/ItemListPage.tsx';
import { JoinPage } from './ui/JoinPage.tsx';
import { LoginPage } from './ui/LoginPage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { ProjectListPage } from './ui/ProjectListPage.tsx';
import { ReviewPage } from './ui/ReviewPage.tsx';
import { SchemaPage } from './ui/SchemaPage.tsx';
import { useCollabSocket } from './ui/useCollabSocket.ts';
import { useRoute } from './ui/useRoute.ts';
import { useSignIn } from './ui/useSignIn.ts';

/** Composes the app: sign-in, the page for the URL, and the live session behind the editor. */
export function App() {
  const { login, api, signIn, signOut, forget } = useSignIn();
  const socket = useCollabSocket(login !== null);
  const { route } = useRoute();
  // A join link makes a new account, so it is shown whether or not someone is signed in here.
  if (route.page === 'join')
    return <JoinPage api={api} secret={route.secret} onSignedIn={signIn} />;
  if (!login) return <LoginPage api={api} onSignedIn={signIn} />;
  if (!socket) return null;
  const token = () => login.token;
  const layer = route.page === 'editor' ? route.layer : undefined;
  const openSession = (detail: ItemDetail) =>
    openItemSession({ socket, token, detail, user: login.user, layer });
  const openReview = (detail: ItemDetail) =>
    openReviewSession({ socket, token, detail, user: login.user });
  return (
    <div className="app">
      <AppHeader user={login.user} onSignOut={signOut} />
      {route.page === 'projects' && <ProjectListPage api={api} onUnauthorised={forget} />}
      {route.page === 'items' && (
        <ItemListPage api={api} projectId={route.projectId} onUnauthorised={forget} />
      )}
      {route.page === 'editor' && (
        <EditorPage
          key={`${route.projectId}/${route.itemId}/${layer ?? ''}`}
          api={api}
          projectId={route.projectId}
          itemId={route.itemId}
          openSession={openSession}
          onUnauthorised={forget}
        />
      )}
      {route.page === 'review' && (
        <ReviewPage
          key={`${route.projectId}/${route.itemId}`}
          api={api}
          projectId={route.projectId}
          itemId={route.itemId}
          openReview={openReview}
          onUnauthorised={forget}
        />
      )}
      {route.page === 'guidelines' && (
        <GuidelinesPage
          key={route.projectId}
          projectId={route.projectId}
          openSession={(projectId) =>
            openGuidelinesSession({ socket, token, projectId, user: login.user })
          }
        />
      )}
      {route.page === 'schema' && (
        <SchemaPage
          key={route.projectId}
          projectId={route.projectId}
          openSchema={(projectId) => openSchemaSession({ socket, token, projectId })}
        />
      )}
      {route.page === 'calibration' && (
        <CalibrationListPage
          key={route.projectId}
          api={api}
          projectId={route.projectId}
          onUnauthorised={forget}
        />
      )}
      {route.page === 'calibrationSession' && (
        <CalibrationSessionPage
          key={`${route.projectId}/${route.sessionId}`}
          api={api}
          projectId={route.projectId}
          sessionId={route.sessionId}
          user={login.user}
          openWatch={(session) =>
            openCalibrationWatch({
              socket,
              token,
              projectId: session.projectId,
              itemIds: session.itemIds,
            })
          }
          addExample={(example) => addDisagreementExample({ socket, token }, example)}
          onUnauthorised={forget}
        />
      )}
      {route.page === 'notFound' && <NotFoundPage path={route.path} />}
    </div>
  );
}
