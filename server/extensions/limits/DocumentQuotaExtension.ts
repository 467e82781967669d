import type {
  connectedPayload,
  Extension,
  onAuthenticatePayload,
  onDisconnectPayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';

export interface DocumentQuotaConfiguration {
  /**
   * Most documents one user may have open at once, over all their sockets and tabs.
   * @default 256
   */
  maxDocumentsPerUser: number;
  /**
   * How long a granted document may take to finish opening before its slot is given back
   * (a load that fails never reaches `connected` or `onDisconnect`).
   * @default 60 s
   */
  openingTimeoutMs: number;
  /** The user a token belongs to; null for a token that does not verify. */
  userIdOf(token: string): Promise<string | null>;
  logger: Pick<Logger, 'warn'> | null;
}

/** One document connection counted against a user's quota. */
interface Slot {
  userId: string;
  grantedAtMs: number;
  open: boolean;
}

/** Where a connection's slot is kept in its Hocuspocus context. */
const SLOT_FIELD = 'concordDocumentSlot';

function slotOf(context: unknown): Slot | null {
  if (typeof context !== 'object' || context === null || !(SLOT_FIELD in context)) return null;
  return (context as Record<typeof SLOT_FIELD, Slot>)[SLOT_FIELD];
}

/**
 * Caps how many documents one user holds open, so one account cannot make the server load
 * every document it can read. Runs after auth: the document is granted, and only the count
 * decides. Counting by slots taken at authentication covers documents still loading.
 */
export class DocumentQuotaExtension implements Extension {
  readonly priority = 850;
  readonly extensionName = 'concord-document-quota';
  readonly configuration: DocumentQuotaConfiguration;
  private readonly slotsByUser = new Map<string, Set<Slot>>();

  constructor(
    configuration: Partial<DocumentQuotaConfiguration> &
      Pick<DocumentQuotaConfiguration, 'userIdOf'>,
  ) {
    this.configuration = {
      maxDocumentsPerUser: 256,
      openingTimeoutMs: 60_000,
      logger: null,
      ...configuration,
    };
  }

  /** Documents the user holds open or is opening now. */
  openDocumentsOf(userId: string, nowMs = Date.now()): number {
    const slots = this.slotsByUser.get(userId);
    if (!slots) return 0;
    for (const slot of slots) {
      if (!slot.open && nowMs - slot.grantedAtMs > this.configuration.openingTimeoutMs) {
        this.release(slot);
      }
    }
    return slots.size;
  }

  async onAuthenticate({
    token,
    documentName,
  }: onAuthenticatePayload): Promise<Record<string, Slot> | void> {
    const userId = await this.configuration.userIdOf(token);
    if (userId === null) return;
    const { maxDocumentsPerUser, logger } = this.configuration;
    const open = this.openDocumentsOf(userId);
    if (open >= maxDocumentsPerUser) {
      logger?.warn({ userId, documentName, open }, 'refused a document over the per-user limit');
      throw new ConnectionRefusal(
        CLOSE_CODES.tooManyDocuments,
        `you already have ${open} documents open and one user may have at most ${maxDocumentsPerUser}; close some tabs or documents, then open ${documentName} again`,
      );
    }
    const slot: Slot = { userId, grantedAtMs: Date.now(), open: false };
    let slots = this.slotsByUser.get(userId);
    if (!slots) this.slotsByUser.set(userId, (slots = new Set()));
    slots.add(slot);
    return { [SLOT_FIELD]: slot };
  }

  async connected({ context }: connectedPayload): Promise<void> {
    const slot = slotOf(context);
    if (slot) slot.open = true;
  }

  async onDisconnect({ context }: onDisconnectPayload): Promise<void> {
    const slot = slotOf(context);
    if (slot) this.release(slot);
  }

  private release(slot: Slot): void {
    const slots = this.slotsByUser.get(slot.userId);
    slots?.delete(slot);
    if (slots?.size === 0) this.slotsByUser.delete(slot.userId);
  }
}
