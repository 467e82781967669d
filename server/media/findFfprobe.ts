import fs from 'node:fs';
import path from 'node:path';

/** The ffprobe executable on PATH, or null when it is not installed. */
export function findFfprobe(searchPath = process.env.PATH ?? ''): string | null {
  const names = process.platform === 'win32' ? ['ffprobe.exe'] : ['ffprobe'];
  for (const directory of searchPath.split(path.delimiter)) {
    if (directory.length === 0) continue;
    for (const name of names) {
      const candidate = path.join(directory, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // Not here; keep looking.
      }
    }
  }
  return null;
}
