import { findExecutable } from './findExecutable.ts';

/** The ffprobe executable on PATH, or null when it is not installed. */
export function findFfprobe(searchPath = process.env.PATH ?? ''): string | null {
  return findExecutable('ffprobe', searchPath);
}
