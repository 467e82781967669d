import fs from 'node:fs';
import path from 'node:path';

/** The named executable on the search path (PATH by default), or null when it is not installed. */
export function findExecutable(name: string, searchPath = process.env.PATH ?? ''): string | null {
  const fileName = process.platform === 'win32' ? `${name}.exe` : name;
  for (const directory of searchPath.split(path.delimiter)) {
    if (directory.length === 0) continue;
    const candidate = path.join(directory, fileName);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return null;
}
