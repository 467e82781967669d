import * as Y from 'yjs';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import { restoreFromTarget } from '../history/restoreFromTarget.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';

/** A layer an import wrote, and its whole state just before. */
export interface WrittenLayer {
  documentName: string;
  /** The file's path of the layer, for problems. */
  path: string;
  stateBefore: Uint8Array;
}

/**
 * Puts every written layer back as it was before the import, as new edits through serverWrite
 * (logged, and seen by anyone connected). Returns the layers that could not be restored.
 */
export async function restoreWrittenLayers(
  collab: ExchangeDependencies['collab'],
  written: readonly WrittenLayer[],
  userId: string,
): Promise<NativeProblem[]> {
  const problems: NativeProblem[] = [];
  for (const { documentName, path, stateBefore } of [...written].reverse()) {
    const target = new Y.Doc();
    try {
      Y.applyUpdate(target, stateBefore);
      const restore = (live: Y.Doc) => restoreFromTarget(live, target, null);
      await collab.serverWrite(documentName, restore, { userId });
    } catch (error) {
      const message = `this layer was written but could not be put back as it was: ${(error as Error).message}`;
      problems.push({ path, message });
    } finally {
      target.destroy();
    }
  }
  return problems;
}
