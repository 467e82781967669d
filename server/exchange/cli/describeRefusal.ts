import type { NativeProblem } from '../../../shared/formats/native/NativeProblem.ts';
import { describeProblem } from '../../../shared/formats/native/NativeProblem.ts';
import type { CliFailure } from './CliFailure.ts';
import { EXIT_CODES } from './CliFailure.ts';

interface RefusalBody {
  error?: { code?: string; message?: string };
  problems?: NativeProblem[];
  problemCount?: number;
}

async function readBody(response: Response): Promise<RefusalBody> {
  try {
    return (await response.json()) as RefusalBody;
  } catch {
    return {};
  }
}

/** A response that is not a success, as a failure with the server's message and every problem it listed. */
export async function describeRefusal(response: Response, what: string): Promise<CliFailure> {
  const body = await readBody(response);
  const reason = body.error?.message ?? `HTTP ${response.status} ${response.statusText}`;
  const problems = body.problems ?? [];
  const details = problems.map(describeProblem);
  const unlisted = (body.problemCount ?? problems.length) - problems.length;
  if (unlisted > 0) details.push(`… and ${unlisted} more`);
  const exitCode = response.status >= 500 ? EXIT_CODES.server : EXIT_CODES.refused;
  return { exitCode, message: `${what}: ${reason}`, details };
}
