import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { insertDisagreementExample } from '../../shared/doc/guidelineExamples.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { DisagreementExample } from '../../shared/schema/disagreementExample.ts';
import { parseDisagreementExample } from '../../shared/schema/disagreementExample.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail } from '../../shared/schema/result.ts';
import type { DocumentConnection } from '../collab/openDocument.ts';
import { openDocument } from '../collab/openDocument.ts';

/** Where to add an example from: the page's socket and the signed-in user's token. */
export interface AddExampleOptions {
  socket: HocuspocusProviderWebsocket;
  token: string | (() => string);
  /**
   * How long to wait for the server to open the guidelines and to acknowledge the example.
   * @default 10000
   */
  timeoutMs?: number;
}

/** Resolves when `ready` holds, or with the connection's problem, or after the timeout. */
function settle(
  connection: DocumentConnection,
  ready: () => boolean,
  timeoutMs: number,
  what: string,
): Promise<string | null> {
  return new Promise((resolve) => {
    const check = () => {
      const state = connection.getState();
      const problem = state.problem ?? state.reloadReason;
      if (problem || ready()) finish(problem);
    };
    const timer = setTimeout(
      () => finish(`the server did not ${what} within ${timeoutMs} ms`),
      timeoutMs,
    );
    const unsubscribe = connection.subscribe(check);
    function finish(problem: string | null) {
      clearTimeout(timer);
      unsubscribe();
      resolve(problem);
    }
    check();
  });
}

/**
 * Adds a disagreement case to a project's guidelines from any page (a trainer's dashboard): opens
 * `<projectId>/_/guidelines` on the socket, appends the example once the text is synced, waits
 * until the server has stored it, and closes the document again. A page that already has the
 * guidelines open calls `insertDisagreementExample` on its own document instead.
 */
export async function addDisagreementExample(
  options: AddExampleOptions,
  example: DisagreementExample,
): Promise<Result<{ href: string }>> {
  const parsed = parseDisagreementExample(example);
  if (!parsed.ok) return parsed;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const name = projectDocumentName(parsed.value.projectId, 'guidelines');
  const connection = openDocument({
    socket: options.socket,
    name,
    token: options.token,
    awareness: false,
  });
  try {
    const saved = () => connection.getState().status === 'saved';
    const opened = await settle(connection, saved, timeoutMs, 'open the guidelines');
    if (opened) return fail(opened);
    if (connection.getState().scope !== 'read-write') {
      return fail('only the project’s trainers and admins can add examples to the guidelines');
    }
    const inserted = insertDisagreementExample(connection.doc, parsed.value, LOCAL_ORIGIN);
    if (!inserted.ok) return inserted;
    const stored = await settle(connection, saved, timeoutMs, 'store the example');
    return stored ? fail(stored) : inserted;
  } finally {
    connection.dispose();
  }
}
