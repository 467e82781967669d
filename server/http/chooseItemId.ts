import type { MetaStore } from '../storage/MetaStore.ts';

const MAX_BASE_LENGTH = 56;

/** An unused item id derived from the item's name: `Street scene 2.mp4` → `street-scene-2-mp4`, then `-2`, `-3`… */
export async function chooseItemId(
  metaStore: Pick<MetaStore, 'getItem'>,
  projectId: string,
  itemName: string,
): Promise<string> {
  const slug = itemName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, MAX_BASE_LENGTH);
  const base = slug.length > 0 ? slug : 'item';
  if (!(await metaStore.getItem(projectId, base))) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!(await metaStore.getItem(projectId, candidate))) return candidate;
  }
}
