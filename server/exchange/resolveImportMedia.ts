import type { NativeMedia } from '../../shared/formats/native/nativeItemSchema.ts';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import type { NativeReferenceContext } from '../../shared/formats/native/NativeReferenceContext.ts';
import type { ItemRow, MetaStore } from '../storage/MetaStore.ts';
import { findProjectMedia } from './findProjectMedia.ts';

/** The media an import lands on: its id for a new item, what bounds the annotations, and what is wrong. */
export interface ImportMedia {
  mediaId: string | null;
  bounds: NativeReferenceContext['media'];
  problems: NativeProblem[];
}

/**
 * An existing item keeps its media, which bounds the annotations (the file's own media when the
 * item has none). A new item reuses the project's media with the file's bytes, found by SHA-256.
 */
export async function resolveImportMedia(
  metaStore: Pick<MetaStore, 'getMedia' | 'listItems'>,
  projectId: string,
  item: ItemRow | undefined,
  fileMedia: NativeMedia | null,
): Promise<ImportMedia> {
  if (item) {
    const media = item.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
    return { mediaId: item.mediaId, bounds: media ?? fileMedia, problems: [] };
  }
  if (!fileMedia) return { mediaId: null, bounds: null, problems: [] };
  const media = await findProjectMedia(metaStore, projectId, fileMedia.sha256);
  if (media) return { mediaId: media.id, bounds: media, problems: [] };
  const message = `project ${projectId} has no media with these bytes; upload the media first (it becomes a new item), then import into that item`;
  return { mediaId: null, bounds: fileMedia, problems: [{ path: 'item.media.sha256', message }] };
}
