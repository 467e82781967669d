import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Extension,
  Hocuspocus,
  onChangePayload,
  onConfigurePayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { AgreementChanges } from '../../shared/agreement/writeAgreementChanges.ts';
import { writeAgreementChanges } from '../../shared/agreement/writeAgreementChanges.ts';
import { itemDocumentName, parseDocumentName } from '../../shared/doc/documentName.ts';
import { AGREEMENT_LAYER, GOLD_LAYER, layerKindOf } from '../../shared/doc/layerKind.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import type { AgreementLease } from './AgreementLease.ts';
import { SOLE_PROCESS_LEASE } from './AgreementLease.ts';
import { AgreementWorkerClient } from './AgreementWorkerClient.ts';
import { AGREEMENT_LEASE_MS } from './RedisAgreementLease.ts';
import { readAgreementContext } from './readAgreementContext.ts';
import type { FromAgreementWorker } from './worker/AgreementMessages.ts';

/** Origin of the engine's writes into `agreement` documents (derived: never logged). */
export const AGREEMENT_ORIGIN = { name: 'concord.agreement' } as const;

type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/** An item whose agreement document is open: the layers compared and how to stop following them. */
interface WatchedItem {
  projectId: string;
  itemId: string;
  agreementName: string;
  /** This process holds the item's lease and scores it. */
  scoring: boolean;
  layers: Map<string, { connection: DirectConnection; stop: () => void } | 'opening'>;
}

function itemKey(projectId: string, itemId: string): string {
  return `${projectId}/${itemId}`;
}

function isCompared(layer: string): boolean {
  return layerKindOf(layer).kind === 'assignment' || layer === GOLD_LAYER;
}

/**
 * The live agreement engine's event-loop side: while someone has an item's `agreement` document
 * open, it follows each compared layer of the item (every assignment layer and gold) and forwards
 * every update to the agreement worker thread, which rescores only what the updates touched; the
 * changes it answers are written into the agreement document. The results are derived: nothing is
 * logged, and they are computed afresh when the document is loaded.
 */
export class AgreementExtension implements Extension {
  private instance: Hocuspocus | null = null;
  private worker: AgreementWorkerClient | null = null;
  private readonly watched = new Map<string, WatchedItem>();
  private readonly writes = new Map<string, Promise<void>>();
  private renewal: ReturnType<typeof setInterval> | null = null;

  private readonly options: {
    metaStore: MetaStore;
    hasDocument: (documentName: string) => Promise<boolean>;
    logger: Logger;
    /** Who scores an item when several processes serve it; this process alone by default. */
    lease?: AgreementLease;
  };

  constructor(options: AgreementExtension['options']) {
    this.options = options;
  }

  private get lease(): AgreementLease {
    return this.options.lease ?? SOLE_PROCESS_LEASE;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async afterLoadDocument({ documentName }: afterLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address.ok && address.value.scope === 'item' && address.value.layer === AGREEMENT_LAYER) {
      await this.watch(address.value.projectId, address.value.itemId);
    }
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address.ok && address.value.scope === 'item' && address.value.layer === AGREEMENT_LAYER) {
      await this.unwatch(itemKey(address.value.projectId, address.value.itemId));
    }
  }

  async onChange({ documentName }: onChangePayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (!address.ok) return;
    const { projectId } = address.value;
    if (address.value.scope === 'project') {
      // A new label schema: score the project's open items again under it.
      if (address.value.layer !== 'schema') return;
      for (const item of this.watched.values()) {
        if (item.projectId === projectId && item.scoring) await this.restart(item);
      }
      return;
    }
    const item = this.watched.get(itemKey(projectId, address.value.itemId));
    if (item?.scoring && isCompared(address.value.layer) && !item.layers.has(address.value.layer)) {
      await this.follow(item, address.value.layer);
    }
  }

  async onDestroy(): Promise<void> {
    if (this.renewal) clearInterval(this.renewal);
    for (const key of [...this.watched.keys()]) await this.unwatch(key);
    await Promise.allSettled(this.writes.values());
    await this.worker?.close();
    this.worker = null;
    await this.lease.close();
  }

  private workerClient(): AgreementWorkerClient {
    this.worker ??= new AgreementWorkerClient(
      (message) => this.received(message),
      (error) => this.options.logger.error({ err: error }, 'agreement worker failed'),
    );
    return this.worker;
  }

  private async watch(projectId: string, itemId: string): Promise<void> {
    const key = itemKey(projectId, itemId);
    if (this.watched.has(key)) return;
    const agreementName = itemDocumentName(projectId, itemId, AGREEMENT_LAYER);
    const item: WatchedItem = {
      projectId,
      itemId,
      agreementName,
      scoring: false,
      layers: new Map(),
    };
    this.watched.set(key, item);
    this.renewal ??= setInterval(() => void this.renewLeases(), AGREEMENT_LEASE_MS / 3);
    this.renewal.unref();
    await this.claim(item);
  }

  private async renewLeases(): Promise<void> {
    for (const item of [...this.watched.values()]) await this.claim(item);
  }

  /** Scores the item while this process holds its lease, and stops when another took it. */
  private async claim(item: WatchedItem): Promise<void> {
    const key = itemKey(item.projectId, item.itemId);
    let held: boolean;
    try {
      held = await this.lease.hold(key);
    } catch (error) {
      // Without the lease store nobody can take over: carry on as before.
      this.options.logger.warn({ item: key, err: error }, 'agreement lease not renewed');
      return;
    }
    if (this.watched.get(key) !== item || held === item.scoring) return;
    item.scoring = held;
    if (held) await this.restart(item);
    else {
      this.stopFollowing(item);
      this.worker?.post({ type: 'close', item: key });
    }
  }

  /** (Re)starts scoring an item from its layers' whole states. */
  private async restart(item: WatchedItem): Promise<void> {
    const { instance } = this;
    if (!instance) return;
    const key = itemKey(item.projectId, item.itemId);
    try {
      const context = await readAgreementContext(
        instance,
        this.options.metaStore,
        item.projectId,
        item.itemId,
      );
      this.workerClient().post({ type: 'open', item: key, context });
      this.stopFollowing(item);
      for (const layer of await this.comparedLayers(item)) await this.follow(item, layer);
    } catch (error) {
      this.options.logger.error({ item: key, err: error }, 'agreement scoring could not start');
    }
  }

  private async comparedLayers(item: WatchedItem): Promise<string[]> {
    const { metaStore, hasDocument } = this.options;
    const assignments = await metaStore.listAssignmentsOfItem(item.projectId, item.itemId);
    const layers = assignments
      .filter((assignment) => assignment.mode !== 'shared')
      .map((assignment) => `a.${assignment.id}`);
    const gold = itemDocumentName(item.projectId, item.itemId, GOLD_LAYER);
    if (await hasDocument(gold)) layers.push(GOLD_LAYER);
    return layers;
  }

  /** Keeps a layer's document open and forwards its state, then every update, to the worker. */
  private async follow(item: WatchedItem, layer: string): Promise<void> {
    const { instance } = this;
    if (!instance || item.layers.has(layer)) return;
    item.layers.set(layer, 'opening');
    const key = itemKey(item.projectId, item.itemId);
    const connection = await instance.openDirectConnection(
      itemDocumentName(item.projectId, item.itemId, layer),
      {},
    );
    const doc = connection.document;
    if (this.watched.get(key) !== item || item.layers.get(layer) !== 'opening' || !doc) {
      await connection.disconnect();
      return;
    }
    const worker = this.workerClient();
    const forward = (update: Uint8Array) =>
      worker.post({ type: 'update', item: key, name: layer, update });
    doc.on('update', forward);
    worker.post({ type: 'layer', item: key, name: layer, state: Y.encodeStateAsUpdate(doc) });
    item.layers.set(layer, { connection, stop: () => doc.off('update', forward) });
  }

  private stopFollowing(item: WatchedItem): void {
    for (const followed of item.layers.values()) {
      if (followed === 'opening') continue;
      followed.stop();
      void followed.connection.disconnect();
    }
    item.layers.clear();
  }

  private async unwatch(key: string): Promise<void> {
    const item = this.watched.get(key);
    if (!item) return;
    this.watched.delete(key);
    this.stopFollowing(item);
    this.worker?.post({ type: 'close', item: key });
    if (this.watched.size === 0 && this.renewal) {
      clearInterval(this.renewal);
      this.renewal = null;
    }
    if (item.scoring) {
      await this.lease
        .release(key)
        .catch((error: unknown) =>
          this.options.logger.warn({ item: key, err: error }, 'agreement lease not released'),
        );
    }
  }

  private received(message: FromAgreementWorker): void {
    const item = this.watched.get(message.item);
    if (!item?.scoring) return;
    if (message.type === 'failed') {
      this.options.logger.warn(
        { item: message.item, reason: message.message },
        'agreement not computed',
      );
      return;
    }
    const previous = this.writes.get(message.item) ?? Promise.resolve();
    const next = previous.then(() => this.write(item, message.changes));
    this.writes.set(message.item, next);
    void next.finally(() => {
      if (this.writes.get(message.item) === next) this.writes.delete(message.item);
    });
  }

  private async write(item: WatchedItem, changes: AgreementChanges): Promise<void> {
    const { instance } = this;
    // Only into a document someone still has open; it is derived, so nothing is lost otherwise.
    if (!instance?.documents.has(item.agreementName)) return;
    try {
      const connection = await instance.openDirectConnection(item.agreementName, {});
      try {
        await connection.transact((doc) => writeAgreementChanges(doc, changes, AGREEMENT_ORIGIN));
      } finally {
        await connection.disconnect();
      }
    } catch (error) {
      this.options.logger.error({ item: item.agreementName, err: error }, 'agreement not written');
    }
  }
}
