import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import type { PeaksLayout } from './PeaksLayout.ts';
import { readPeaksLayout } from './readPeaksLayout.ts';

/** A peaks file checked whole once, remembered by size and modification time. */
export interface CheckedPeaksFile {
  sizeBytes: number;
  mtimeMs: number;
  layout: PeaksLayout;
}

/** A peaks file open for reading, or why it is not. */
export type OpenedPeaksFile =
  | { kind: 'opened'; handle: FileHandle; checked: CheckedPeaksFile }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: string };

/**
 * Opens a peaks file and checks it whole, unless it is still the file checked before (same size
 * and modification time). The caller closes the handle.
 */
export async function openPeaksFile(
  filePath: string,
  known: CheckedPeaksFile | undefined,
): Promise<OpenedPeaksFile> {
  const handle = await fs.open(filePath, 'r').catch(() => null);
  if (!handle) return { kind: 'missing' };
  const { size: sizeBytes, mtimeMs } = await handle.stat();
  if (known?.sizeBytes === sizeBytes && known.mtimeMs === mtimeMs) {
    return { kind: 'opened', handle, checked: known };
  }
  const layout = readPeaksLayout(await handle.readFile());
  if (layout.ok)
    return { kind: 'opened', handle, checked: { sizeBytes, mtimeMs, layout: layout.value } };
  await handle.close();
  return { kind: 'damaged', problem: layout.error };
}
