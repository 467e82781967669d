import { once } from 'node:events';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';

/** Hocuspocus message types this client reads back. */
const AUTH_MESSAGE = 2;
const CLOSE_MESSAGE = 7;

/** The address and type of a Hocuspocus frame; null when the frame does not even have those. */
export function readFrameHeader(frame: Uint8Array): { address: string; type: number } | null {
  try {
    const decoder = decoding.createDecoder(frame);
    return { address: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) };
  } catch {
    return null;
  }
}

/** True for a provider's token frame. */
export function isAuthFrame(frame: Uint8Array): boolean {
  return readFrameHeader(frame)?.type === AUTH_MESSAGE;
}

/**
 * A raw websocket that sends whatever it is given to one document, with a valid token first.
 * When the server closes the document or the socket, it authenticates again (on a new socket if
 * needed) and counts the closes.
 */
export class FuzzSocket {
  documentCloses = 0;
  socketCloses = 0;
  private readonly url: string;
  private readonly authFrame: Uint8Array;
  private readonly documentName: string;
  private socket: WebSocket | null = null;
  private needsAuth = true;

  constructor(url: string, authFrame: Uint8Array, documentName: string) {
    this.url = url;
    this.authFrame = authFrame;
    this.documentName = documentName;
  }

  async send(frame: Uint8Array): Promise<void> {
    const socket = await this.openSocket();
    if (this.needsAuth) {
      socket.send(this.authFrame);
      this.needsAuth = false;
    }
    socket.send(frame);
  }

  close(): void {
    this.socket?.terminate();
  }

  private async openSocket(): Promise<WebSocket> {
    if (this.socket?.readyState === WebSocket.OPEN) return this.socket;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.needsAuth = true;
    socket.on('message', (data: Buffer) => {
      const header = readFrameHeader(new Uint8Array(data));
      if (header?.type !== CLOSE_MESSAGE || header.address !== this.documentName) return;
      this.documentCloses += 1;
      this.needsAuth = true;
    });
    socket.on('close', () => (this.socketCloses += 1));
    socket.on('error', () => undefined);
    await once(socket, 'open');
    return socket;
  }
}
