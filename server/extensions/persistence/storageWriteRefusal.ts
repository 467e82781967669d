import type { Logger } from 'pino';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';

/**
 * Logs an alert for an update that could not be written, and builds the refusal that closes the
 * sender's document connection. The update is not applied and no sync status is sent, so the
 * client keeps it and sends it again when it reopens the document.
 */
export function storageWriteRefusal(
  logger: Pick<Logger, 'error'>,
  documentName: string,
  error: unknown,
): ConnectionRefusal {
  logger.error(
    { alert: 'storage-write-failed', documentName, err: error },
    'ALERT: an update could not be written to storage and was refused; check free disk space and the database',
  );
  return new ConnectionRefusal(
    CLOSE_CODES.storageWriteFailed,
    `the server could not save your edit to ${documentName} (its storage is failing); your copy keeps the edit and sends it again when the document reopens`,
  );
}
