import type { Connection } from '@hocuspocus/server';

/**
 * Closes one document's connection, leaving the socket and its other documents open.
 * Hocuspocus tells the client only the reason of a per-document close, so the code goes into it too.
 */
export function closeDocumentConnection(
  connection: Connection,
  code: number,
  message: string,
): void {
  connection.close({ code, reason: `${message} (close code ${code})` });
}
