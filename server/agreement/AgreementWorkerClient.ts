import { Worker } from 'node:worker_threads';
import type { FromAgreementWorker, ToAgreementWorker } from './worker/AgreementMessages.ts';

/** The event loop's end of the agreement worker thread. */
export class AgreementWorkerClient {
  private readonly worker: Worker;

  constructor(onMessage: (message: FromAgreementWorker) => void, onError: (error: Error) => void) {
    this.worker = new Worker(new URL('./worker/agreementWorker.ts', import.meta.url));
    this.worker.on('message', onMessage);
    this.worker.on('error', onError);
    // Scoring never keeps the process alive on its own.
    this.worker.unref();
  }

  post(message: ToAgreementWorker): void {
    this.worker.postMessage(message);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
