import WebSocket from 'ws';

/** Payload bytes a set of sockets sent and received. */
export interface ByteCounter {
  bytes: number;
}

/** A WebSocket class for the provider's polyfill option that adds every payload to `counter`. */
export function countingWebSocket(counter: ByteCounter) {
  return class CountingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        counter.bytes += Array.isArray(data)
          ? data.reduce((sum, part) => sum + part.byteLength, 0)
          : data.byteLength;
      });
    }

    override send(data: unknown, ...rest: unknown[]): void {
      counter.bytes += (data as ArrayBufferView).byteLength ?? 0;
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  };
}
