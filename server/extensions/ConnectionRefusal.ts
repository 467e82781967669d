/** Close codes the server uses when it shuts one document's connection; distinct so clients and logs can tell why. */
export const CLOSE_CODES = {
  /** The token, the document name or the role does not allow this document. */
  forbidden: 4403,
  /** One message for one document was larger than the per-document limit. */
  messageTooLarge: 4413,
  /** A sync message carried bytes that are not a Yjs update. */
  malformedUpdate: 4400,
  /** The document's storage could not be read; nothing is served rather than an empty document. */
  storageUnavailable: 4503,
  /** An update could not be written to storage; it was not applied, so the client keeps and resends it. */
  storageWriteFailed: 4507,
  /** An update carried a Yjs client id that belongs to another user. */
  clientIdTaken: 4409,
  /** The user already has as many documents open as one user may. */
  tooManyDocuments: 4429,
  /** A socket opened no document within the authentication deadline; closes the whole socket. */
  authenticationTimeout: 4408,
  /** The token an open connection authenticated with has expired. */
  tokenExpired: 4401,
  /** An open connection's access was withdrawn (role changed, assignment made blind, removed). */
  accessWithdrawn: 4410,
  /** An open read-only connection was granted write access: reopen the document to get it. */
  reopenForWrite: 4426,
} as const;

/**
 * Thrown from a Hocuspocus hook to refuse a connection or close one document's connection.
 * Hocuspocus reads `code` and `reason` from what a hook throws and sends the reason to the client.
 */
export class ConnectionRefusal extends Error {
  readonly code: number;
  readonly reason: string;

  constructor(code: number, reason: string) {
    super(reason);
    this.name = 'ConnectionRefusal';
    this.code = code;
    this.reason = reason;
  }
}
