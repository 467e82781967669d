import type { ConnectionState } from '../../../client/collab/ConnectionState.ts';
import type { DocumentConnection } from '../../../client/collab/openDocument.ts';

/** Resolves once the client's document connection is in a state `accept` likes. */
export function untilState(
  connection: DocumentConnection,
  accept: (state: ConnectionState) => boolean,
  timeoutMs = 10_000,
): Promise<ConnectionState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`state stayed ${JSON.stringify(connection.getState())}`));
    }, timeoutMs);
    const check = () => {
      if (!accept(connection.getState())) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(connection.getState());
    };
    const unsubscribe = connection.subscribe(check);
    check();
  });
}
