import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';

/**
 * Where an object of `final` came from, as one line: "from a.x7 (Ana) by Rae, 16:05:12". `whoOf`
 * names a layer's annotator (or returns the layer); `clock` formats the moment.
 */
export function describeProvenance(
  provenance: FinalProvenance,
  whoOf: (layer: string) => string,
  clock: (atMs: number) => string,
): string {
  const who = whoOf(provenance.sourceLayer);
  const source =
    who === provenance.sourceLayer ? provenance.sourceLayer : `${provenance.sourceLayer} (${who})`;
  return `from ${source} by ${provenance.decidedBy.name}, ${clock(provenance.decidedAtMs)}`;
}
