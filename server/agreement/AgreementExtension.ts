import type {
  afterLoadDocumentPayload,
  Extension,
  Hocuspocus,
  onChangePayload,
  onConfigurePayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import { writeDisagreements } from '../../shared/agreement/writeDisagreements.ts';
import { itemDocumentName, parseDocumentName } from '../../shared/doc/documentName.ts';
import { AGREEMENT_LAYER, GOLD_LAYER, layerKindOf } from '../../shared/doc/layerKind.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { computeItemAgreement } from './computeItemAgreement.ts';

/** Origin of the engine's writes into `agreement` documents (derived: never logged). */
export const AGREEMENT_ORIGIN = { name: 'concord.agreement' } as const;

/** The root of the agreement document holding the summary of each pair of layers. */
export const ROOT_PAIRS = 'pairs';

/** How long the engine waits after an edit for more, before scoring the item once for all. */
const COALESCE_MS = 100;

/**
 * The live agreement engine: while someone has an item's `agreement` document open, every edit of
 * one of its annotators' layers (or gold) schedules a rescore of the item, coalesced, and the
 * document is rewritten with what changed. The results are derived: nothing is logged, and they
 * are computed afresh when the document is loaded.
 */
export class AgreementExtension implements Extension {
  private instance: Hocuspocus | null = null;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();

  private readonly options: {
    metaStore: MetaStore;
    hasDocument: (documentName: string) => Promise<boolean>;
    logger: Logger;
  };

  constructor(options: AgreementExtension['options']) {
    this.options = options;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async afterLoadDocument({ documentName }: afterLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address.ok && address.value.scope === 'item' && address.value.layer === AGREEMENT_LAYER) {
      this.schedule(address.value.projectId, address.value.itemId);
    }
  }

  async onChange({ documentName }: onChangePayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (!address.ok || address.value.scope !== 'item') return;
    const kind = layerKindOf(address.value.layer).kind;
    if (kind !== 'assignment' && address.value.layer !== GOLD_LAYER) return;
    this.schedule(address.value.projectId, address.value.itemId);
  }

  async onDestroy(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.allSettled(this.running.values());
  }

  private schedule(projectId: string, itemId: string): void {
    const name = itemDocumentName(projectId, itemId, AGREEMENT_LAYER);
    if (!this.instance?.documents.has(name) || this.pending.has(name)) return;
    const timer = setTimeout(() => {
      this.pending.delete(name);
      // One scoring per item at a time; an edit during it schedules the next.
      const previous = this.running.get(name) ?? Promise.resolve();
      const next = previous.then(() => this.score(projectId, itemId, name));
      this.running.set(name, next);
      void next.finally(() => {
        if (this.running.get(name) === next) this.running.delete(name);
      });
    }, COALESCE_MS);
    this.pending.set(name, timer);
  }

  private async score(projectId: string, itemId: string, agreementName: string): Promise<void> {
    const { instance } = this;
    if (!instance?.documents.has(agreementName)) return;
    try {
      const result = await computeItemAgreement(
        instance,
        this.options.metaStore,
        projectId,
        itemId,
        this.options.hasDocument,
      );
      if (!result.ok) {
        this.options.logger.warn({ agreementName, reason: result.error }, 'agreement not computed');
        return;
      }
      const connection = await instance.openDirectConnection(agreementName, {});
      try {
        await connection.transact((doc) => {
          writeDisagreements(doc, result.value.disagreements, AGREEMENT_ORIGIN);
          const pairs = doc.getMap<unknown>(ROOT_PAIRS);
          const wanted = new Map(result.value.pairs.map((pair) => [pair.layers.join('~'), pair]));
          for (const key of [...pairs.keys()]) if (!wanted.has(key)) pairs.delete(key);
          for (const [key, pair] of wanted) {
            if (JSON.stringify(pairs.get(key)) !== JSON.stringify(pair)) pairs.set(key, pair);
          }
        });
      } finally {
        await connection.disconnect();
      }
    } catch (error) {
      this.options.logger.error({ agreementName, err: error }, 'agreement scoring failed');
    }
  }
}
