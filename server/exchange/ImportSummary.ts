/** What an import wrote into one layer. */
export interface ImportedLayerSummary {
  layer: string;
  tracks: number;
  /** Keyframes of the tracks. */
  keyframes: number;
  /** Polygons, polylines, point sets and skeletons. */
  shapes: number;
  masks: number;
  segments: number;
  transcriptBlocks: number;
  links: number;
  /** True when the layer held annotations before and they were replaced. */
  replaced: boolean;
}

/** The answer to a successful import. */
export interface ImportSummary {
  projectId: string;
  itemId: string;
  /** True when the import created the item. */
  createdItem: boolean;
  layers: ImportedLayerSummary[];
}
