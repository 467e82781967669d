import { MAIN_LAYER } from '../../shared/doc/layerKind.ts';
import type { ItemDetail, LayerAccess } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** The layer the editor annotates, and whether the user works blind in it. */
export interface WorkLayer {
  access: LayerAccess;
  blind: boolean;
}

/**
 * The `requested` layer when one is asked for (a reviewer editing `final`), else the user's own
 * assignment layer when the server lets them write one (the newest, so a new cohort wins over a
 * revealed one), else the item's shared `main` layer.
 */
export function chooseWorkLayer(
  detail: ItemDetail,
  userId: string,
  requested: string | null = null,
): Result<WorkLayer> {
  const own = detail.assignments.filter(
    (assignment) => assignment.userId === userId && assignment.mode !== 'shared',
  );
  if (requested !== null) {
    const access = detail.layers.find((layer) => layer.layer === requested);
    if (!access) {
      return fail(
        `you cannot open layer ${requested} of item ${detail.id}: ask a project admin or trainer for access`,
      );
    }
    const blind = own.some((each) => each.layer === requested && each.mode === 'blind');
    return ok({ access, blind });
  }
  for (const assignment of own.reverse()) {
    const access = detail.layers.find(
      (layer) => layer.layer === assignment.layer && layer.access === 'write',
    );
    if (access) return ok({ access, blind: assignment.mode === 'blind' });
  }
  const main = detail.layers.find((layer) => layer.layer === MAIN_LAYER);
  if (main) return ok({ access: main, blind: false });
  return fail(
    `you have no layer of item ${detail.id} to open: ask a project admin or trainer for access`,
  );
}
