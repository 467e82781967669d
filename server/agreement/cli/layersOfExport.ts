import * as Y from 'yjs';
import type { LayerSnapshot } from '../../../shared/doc/readLayer.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type { NativeItem } from '../../../shared/formats/native/nativeItemSchema.ts';
import type { Tier } from '../../../shared/schema/tier.ts';
import { writeNativeLayer } from '../../exchange/writeNativeLayer.ts';

const OFFLINE_ORIGIN = { name: 'concord.agreement.offline' } as const;

/** Layers compared when none are named: annotators' own layers and gold. */
function isCompared(layer: string): boolean {
  return layer.startsWith('a.') || layer === 'gold';
}

/**
 * The layers of an exported item read as the editor reads them (written into fresh documents
 * first), and its tiers as the file shows them: a tier whose segments the transcript binds text
 * to is a transcript tier, any other a segments tier (the file carries no label schema).
 */
export function layersOfExport(
  item: Pick<NativeItem, 'layers'>,
  only: readonly string[] | null,
): {
  layers: Map<string, LayerSnapshot>;
  tiers: Tier[];
  texts: Map<string, Map<string, string>>;
} {
  const layers = new Map<string, LayerSnapshot>();
  const texts = new Map<string, Map<string, string>>();
  const tierIds = new Set<string>();
  const boundTiers = new Set<string>();
  for (const layer of item.layers) {
    if (only ? !only.includes(layer.layer) : !isCompared(layer.layer)) continue;
    const doc = new Y.Doc();
    writeNativeLayer(doc, layer, OFFLINE_ORIGIN);
    const snapshot = readLayer(doc);
    doc.destroy();
    layers.set(layer.layer, snapshot);
    const bound = new Set(layer.transcript.map((block) => block.segmentId));
    texts.set(
      layer.layer,
      new Map(
        layer.transcript.flatMap((block) =>
          block.segmentId === null ? [] : [[block.segmentId, block.text] as const],
        ),
      ),
    );
    for (const segment of snapshot.segments) {
      tierIds.add(segment.tierId);
      if (bound.has(segment.id)) boundTiers.add(segment.tierId);
    }
  }
  const tiers = [...tierIds].sort().map((id): Tier => ({
    id,
    name: id,
    kind: boundTiers.has(id) ? 'transcript' : 'segments',
  }));
  return { layers, tiers, texts };
}
