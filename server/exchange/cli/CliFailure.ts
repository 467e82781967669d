/** Exit codes of the `concord` command. */
export const EXIT_CODES = {
  done: 0,
  /** The server refused: the file has problems, the item is not there, no right to do it. */
  refused: 1,
  /** The command line or a local file is wrong. */
  usage: 2,
  /** Logging in failed. */
  login: 3,
  /** The server could not be reached or failed. */
  server: 4,
} as const;

/** Why a command stopped: its exit code, one sentence, and any problems to list under it. */
export interface CliFailure {
  exitCode: (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
  message: string;
  details: readonly string[];
}

/** A failure with nothing to list. */
export function cliFailure(exitCode: CliFailure['exitCode'], message: string): CliFailure {
  return { exitCode, message, details: [] };
}

/** True for a failure value (as opposed to what the step produced). */
export function isCliFailure(value: unknown): value is CliFailure {
  return typeof value === 'object' && value !== null && 'exitCode' in value && 'details' in value;
}
