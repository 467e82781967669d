import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeUnloadDocumentPayload,
  Extension,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import type { Violation } from '../../../shared/doc/readLayer.ts';
import type { SchemaViolationsMessage } from '../../../shared/protocol/schemaViolationsMessage.ts';
import { SCHEMA_VIOLATIONS_MESSAGE } from '../../../shared/protocol/schemaViolationsMessage.ts';
import type { AuditStore } from '../../storage/AuditStore.ts';
import type { AppendedSeqs } from '../persistence/AppendedSeqs.ts';
import type { UncheckedEdit } from './LayerAudit.ts';
import { LayerAudit } from './LayerAudit.ts';

export interface SchemaAuditConfiguration {
  auditStore: Pick<AuditStore, 'flagUpdate'>;
  /** Filled by the persistence extension with the seq of each appended client update. */
  appendedSeqs: AppendedSeqs;
  logger: Pick<Logger, 'warn' | 'error'>;
}

/**
 * Edits that are valid Yjs but break the schema are kept and applied; this extension flags
 * their log entries with what they broke and tells their author, in a stateless message.
 * Only layers of items are records; project documents (schema, guidelines) are not audited.
 */
export class SchemaAuditExtension implements Extension {
  readonly priority = 600;
  readonly extensionName = 'concord-schema-audit';
  readonly configuration: SchemaAuditConfiguration;
  private readonly audits = new Map<string, LayerAudit>();

  constructor(configuration: SchemaAuditConfiguration) {
    this.configuration = configuration;
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (!address.ok || address.value.scope !== 'item') return;
    this.audits.get(documentName)?.dispose();
    const { appendedSeqs } = this.configuration;
    const audit = new LayerAudit(document, {
      takeSeq: (connection) => appendedSeqs.take(connection),
      report: (edit, violations) => void this.report(documentName, edit, violations),
      onError: (error) =>
        this.configuration.logger.error(
          { documentName, err: error },
          'checking edits against the schema failed; the edits themselves are saved',
        ),
    });
    this.audits.set(documentName, audit);
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.audits.get(documentName)?.flush();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.audits.get(documentName)?.dispose();
    this.audits.delete(documentName);
  }

  async onDestroy(): Promise<void> {
    for (const audit of this.audits.values()) audit.flush();
  }

  private async report(
    documentName: string,
    edit: UncheckedEdit,
    violations: Violation[],
  ): Promise<void> {
    const { auditStore, logger } = this.configuration;
    logger.warn(
      { documentName, seq: edit.seq, violations: violations.length },
      'a client edit broke the schema; kept and flagged',
    );
    try {
      if (edit.connection.document.hasConnection(edit.connection)) {
        const message: SchemaViolationsMessage = {
          type: SCHEMA_VIOLATIONS_MESSAGE,
          documentName,
          seq: edit.seq,
          violations,
        };
        edit.connection.sendStateless(JSON.stringify(message));
      }
      await auditStore.flagUpdate(documentName, edit.seq, violations);
    } catch (error) {
      logger.error(
        { documentName, seq: edit.seq, err: error },
        'could not flag a schema-breaking edit in the audit log; the edit itself is saved',
      );
    }
  }
}
