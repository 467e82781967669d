import type { ItemRow, MediaFrameRow, MediaRow, MetaStore } from '../storage/MetaStore.ts';

/** Records media, its images (if any) and the item in one transaction; false when the item id was taken meanwhile. */
export function recordMediaItem(
  metaStore: MetaStore,
  rows: { media: MediaRow; frames: readonly MediaFrameRow[]; item: ItemRow },
): Promise<boolean> {
  const { media, frames, item } = rows;
  return metaStore.transaction(async (store) => {
    if (await store.getItem(item.projectId, item.id)) return false;
    await store.createMedia(media);
    if (frames.length > 0) await store.createMediaFrames(frames);
    await store.createItem(item);
    return true;
  });
}
