import type { ItemId, LayerId, ProjectId } from '../schema/ids.ts';
import { LAYER_PATTERN, PROJECT_OR_ITEM_ID_PATTERN } from '../schema/ids.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';

/** The item part that names project-level documents (`<projectId>/_/schema`). */
export const PROJECT_LEVEL_ITEM = '_';

/** Layers of the project-level pseudo-item. */
export const PROJECT_LAYERS = ['schema', 'guidelines'] as const;
export type ProjectLayer = (typeof PROJECT_LAYERS)[number];

/** A parsed document name: `<projectId>/<itemId>/<layer>`, or a project-level document. */
export type DocumentAddress =
  | { scope: 'item'; projectId: ProjectId; itemId: ItemId; layer: LayerId }
  | { scope: 'project'; projectId: ProjectId; layer: ProjectLayer };

const MAX_NAME_LENGTH = 64 * 3 + 2;

function describe(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** Parses and validates a document name; anything outside the grammar is refused with the part that is wrong. */
export function parseDocumentName(name: unknown): Result<DocumentAddress> {
  if (typeof name !== 'string') return fail('document name must be a string');
  if (name.length === 0) return fail('document name is empty');
  if (name.length > MAX_NAME_LENGTH) {
    return fail(
      `document name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} allowed`,
    );
  }
  const parts = name.split('/');
  if (parts.length !== 3) {
    return fail(
      `document name ${describe(name)} must have three parts <project>/<item>/<layer>, found ${parts.length}`,
    );
  }
  const [projectId, itemId, layer] = parts as [string, string, string];
  if (!PROJECT_OR_ITEM_ID_PATTERN.test(projectId)) {
    return fail(
      `project id ${describe(projectId)} in document name must match ^[a-z0-9][a-z0-9_-]{0,63}$`,
    );
  }
  if (itemId === PROJECT_LEVEL_ITEM) {
    if (!(PROJECT_LAYERS as readonly string[]).includes(layer)) {
      return fail(
        `project-level document ${describe(layer)} is unknown; expected one of ${PROJECT_LAYERS.join(', ')}`,
      );
    }
    return ok({
      scope: 'project',
      projectId: projectId as ProjectId,
      layer: layer as ProjectLayer,
    });
  }
  if (!PROJECT_OR_ITEM_ID_PATTERN.test(itemId)) {
    return fail(
      `item id ${describe(itemId)} in document name must match ^[a-z0-9][a-z0-9_-]{0,63}$`,
    );
  }
  if (!LAYER_PATTERN.test(layer)) {
    return fail(`layer ${describe(layer)} in document name must match ^[a-z0-9][a-z0-9_.-]{0,63}$`);
  }
  return ok({
    scope: 'item',
    projectId: projectId as ProjectId,
    itemId: itemId as ItemId,
    layer: layer as LayerId,
  });
}

/** The document name of an item's layer. */
export function itemDocumentName(projectId: string, itemId: string, layer: string): string {
  return `${projectId}/${itemId}/${layer}`;
}

/** The document name of a project-level document. */
export function projectDocumentName(projectId: string, layer: ProjectLayer): string {
  return `${projectId}/${PROJECT_LEVEL_ITEM}/${layer}`;
}
