/**
 * The collaboration URLs a socket may use, tried in turn: the current one until its connection is
 * lost, then the next, wrapping around.
 */
export class ServerRotation {
  private urls: string[];
  private index = 0;

  constructor(urls: readonly string[]) {
    if (urls.length === 0) throw new RangeError('a server rotation needs at least one URL');
    this.urls = [...new Set(urls)];
  }

  get current(): string {
    return this.urls[this.index] as string;
  }

  /** Every URL, in the order they are tried from the current one. */
  get order(): string[] {
    return [...this.urls.slice(this.index), ...this.urls.slice(0, this.index)];
  }

  /** Moves on to the next URL and returns it. */
  advance(): string {
    this.index = (this.index + 1) % this.urls.length;
    return this.current;
  }

  /**
   * Takes a new list (the server's, once it has been read) without moving the socket: the current
   * URL stays current, listed or not, and the others follow in the new list's order.
   */
  replace(urls: readonly string[]): void {
    const current = this.current;
    this.urls = [current, ...new Set(urls.filter((url) => url !== current))];
    this.index = 0;
  }
}
