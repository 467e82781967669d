import type { NativeItem } from '../../shared/formats/native/nativeItemSchema.ts';
import type { ItemRow } from '../storage/MetaStore.ts';

/** Who imports which file into which item. */
export interface ImportRequest {
  userId: string;
  projectId: string;
  itemId: string;
  /** The native file's text. */
  fileText: string;
  /** Overwrite layers that already hold records or a transcript; without it such layers are refused. */
  replace: boolean;
}

/** An import that passed every check, ready to be written. */
export interface ImportPlan {
  userId: string;
  projectId: string;
  itemId: string;
  replace: boolean;
  file: NativeItem;
  /** The item to create once every layer is written; null when importing into an existing item. */
  newItem: ItemRow | null;
}
