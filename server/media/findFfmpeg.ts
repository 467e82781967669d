import { findExecutable } from './findExecutable.ts';

/** The ffmpeg executable on PATH, or null when it is not installed. */
export function findFfmpeg(searchPath = process.env.PATH ?? ''): string | null {
  return findExecutable('ffmpeg', searchPath);
}
