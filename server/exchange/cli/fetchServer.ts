import type { CliFailure } from './CliFailure.ts';
import { cliFailure, EXIT_CODES } from './CliFailure.ts';

/** A request to the server; a network failure becomes a failure naming the server and the cause. */
export async function fetchServer(url: URL, init: RequestInit): Promise<Response | CliFailure> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return cliFailure(
      EXIT_CODES.server,
      `cannot reach the Concord server at ${url.origin} (${reason})`,
    );
  }
}
