import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import {
  checkGuidelineVersionName,
  saveGuidelineVersion,
} from '../../shared/doc/guidelineVersions.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { UserSummary } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { createPresence } from '../collab/createPresence.ts';
import { openDocument } from '../collab/openDocument.ts';
import { createGuidelineTextStore } from '../store/createGuidelineTextStore.ts';
import { createGuidelineVersionsStore } from '../store/createGuidelineVersionsStore.ts';
import type { GuidelinesSession } from './GuidelinesSession.ts';

/** What the guidelines of a project are opened with. */
export interface OpenGuidelinesOptions {
  socket: HocuspocusProviderWebsocket;
  token: () => string;
  projectId: string;
  user: UserSummary;
}

const GUIDELINES_LAYER = 'guidelines';

/** Opens `<projectId>/_/guidelines` on the page's socket, with presence, versions and saving. */
export function openGuidelinesSession(options: OpenGuidelinesOptions): Result<GuidelinesSession> {
  const { socket, token, projectId, user } = options;
  const name = projectDocumentName(projectId, GUIDELINES_LAYER);
  const connection = openDocument({ socket, name, token });
  const awareness = connection.provider.awareness;
  if (!awareness) {
    connection.dispose();
    return fail(`the guidelines of ${projectId} were opened without presence`);
  }
  const presenceUser = { id: user.id, name: user.name, colour: user.colour };
  const presence = createPresence(awareness);
  presence.setLocalUser(presenceUser);
  const versions = createGuidelineVersionsStore(connection.doc);
  const document = {
    layer: GUIDELINES_LAYER,
    getSnapshot: connection.getState,
    subscribe: connection.subscribe,
  };
  const canWrite = () => connection.getState().scope === 'read-write';
  return ok({
    projectId,
    presenceUser,
    provider: connection.provider,
    document,
    documents: [document],
    versions,
    presence,
    canWrite,
    checkVersionName: (versionName) => checkGuidelineVersionName(connection.doc, versionName),
    saveVersion(versionName) {
      if (!canWrite()) return fail('only trainers and admins can save versions of the guidelines');
      const author = { userId: user.id, name: user.name };
      const saved = saveGuidelineVersion(
        connection.doc,
        { name: versionName, author, nowMs: Date.now() },
        LOCAL_ORIGIN,
      );
      if (saved.ok) versions.flush();
      return saved;
    },
    openTextStore: () => createGuidelineTextStore(connection.doc),
    dispose() {
      presence.dispose();
      versions.dispose();
      connection.dispose();
    },
  });
}
