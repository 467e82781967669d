import type { NativeMedia } from '../../shared/formats/native/nativeItemSchema.ts';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import type { NativeReferenceContext } from '../../shared/formats/native/NativeReferenceContext.ts';
import type { ItemRow } from '../storage/MetaStore.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import { readProjectLabelSchema } from './readProjectLabelSchema.ts';
import { resolveImportMedia } from './resolveImportMedia.ts';

/** Where an import lands: what its references are checked against, and the media of a new item. */
export interface ImportSetting {
  context: NativeReferenceContext;
  mediaId: string | null;
  /** Problems with the media itself (a new item's media not found in the project). */
  problems: NativeProblem[];
}

/** Reads the project's label schema as it is now and the media the annotations will sit on. */
export async function readImportSetting(
  dependencies: ExchangeDependencies,
  projectId: string,
  item: ItemRow | undefined,
  fileMedia: NativeMedia | null,
): Promise<ImportSetting> {
  const media = await resolveImportMedia(dependencies.metaStore, projectId, item, fileMedia);
  const schema = await readProjectLabelSchema(dependencies, projectId);
  const context = {
    projectId,
    tierIds: new Set(schema.tiers.map((tier) => tier.id)),
    labelIds: new Set(schema.labels.map((label) => label.id)),
    relationTypeIds: new Set(schema.relationTypes.map((relationType) => relationType.id)),
    skeletonPointCounts: new Map(
      schema.skeletons.map((skeleton) => [skeleton.id, skeleton.points.length]),
    ),
    media: media.bounds,
  };
  return { context, mediaId: media.mediaId, problems: media.problems };
}
