import type { ItemId, LayerId, ProjectId } from '../../shared/schema/ids.ts';
import { AGREEMENT_LAYER } from '../../shared/doc/layerKind.ts';
import type { NativeItem } from '../../shared/formats/native/nativeItemSchema.ts';
import { formatJsonPath } from '../../shared/formats/native/formatJsonPath.ts';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import type { Role } from '../../shared/protocol/http.ts';
import { memoizeAccessReads } from '../auth/memoizeAccessReads.ts';
import type { AccessReads } from '../auth/resolveAccess.ts';
import { exchangeLayerAccess } from './exchangeLayerAccess.ts';

/** Where the layers go and who writes them. */
export interface ImportTarget {
  userId: string;
  role: Role;
  projectId: string;
  itemId: string;
  itemExists: boolean;
}

/** Every layer of the file the user may not write, each named by its path in the file. */
export async function checkImportAccess(
  metaStore: AccessReads,
  target: ImportTarget,
  file: NativeItem,
): Promise<NativeProblem[]> {
  const reads = memoizeAccessReads(metaStore);
  const problems: NativeProblem[] = [];
  for (const [index, { layer }] of file.layers.entries()) {
    const address = {
      scope: 'item' as const,
      projectId: target.projectId as ProjectId,
      itemId: target.itemId as ItemId,
      layer: layer as LayerId,
    };
    const subject = { userId: target.userId, role: target.role };
    const access = await exchangeLayerAccess(reads, subject, address, target.itemExists);
    if (access === 'write') continue;
    const message =
      layer === AGREEMENT_LAYER
        ? 'the agreement layer is derived by the server from the other layers; it cannot be imported'
        : `your role (${target.role}) may not write layer ${layer} of item ${target.itemId}`;
    problems.push({ path: formatJsonPath(['layers', index, 'layer']), message });
  }
  return problems;
}
