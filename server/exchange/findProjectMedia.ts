import type { MediaRow, MetaStore } from '../storage/MetaStore.ts';

/** Media already stored for one of the project's items with these bytes (by SHA-256), if any. */
export async function findProjectMedia(
  metaStore: Pick<MetaStore, 'listItems' | 'getMedia'>,
  projectId: string,
  sha256: string,
): Promise<MediaRow | undefined> {
  for (const item of await metaStore.listItems(projectId)) {
    if (!item.mediaId) continue;
    const media = await metaStore.getMedia(item.mediaId);
    if (media?.sha256 === sha256) return media;
  }
  return undefined;
}
