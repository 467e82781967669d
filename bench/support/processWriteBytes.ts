import fs from 'node:fs/promises';

/**
 * Bytes a process has caused to be written to storage so far (/proc/<pid>/io `write_bytes`):
 * page-cache pages it dirtied, counted once per dirtying, which is what the OS writes back.
 */
export async function processWriteBytes(pid: number): Promise<number> {
  const io = await fs.readFile(`/proc/${pid}/io`, 'utf8');
  const bytes = Number(/^write_bytes: (\d+)$/m.exec(io)?.[1]);
  if (!Number.isFinite(bytes)) throw new Error(`/proc/${pid}/io does not report write_bytes`);
  return bytes;
}
