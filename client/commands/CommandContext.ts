import type * as Y from 'yjs';
import type { Author } from '../../shared/doc/writeRecords.ts';

/** What every command needs: the layer document, who is writing, and whether they may. */
export interface CommandContext {
  doc: Y.Doc;
  author: () => Author;
  /**
   * Whether the connection may write; a read-only connection's edits would be refused by the server.
   * @default () => true
   */
  canWrite?: () => boolean;
}
