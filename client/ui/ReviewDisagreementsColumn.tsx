import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { PairAgreement } from '../../shared/agreement/itemAgreement.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { DisagreementFilter } from '../review/filterDisagreements.ts';
import { AgreementPairs } from './AgreementPairs.tsx';
import type { DisagreementEntryProps } from './DisagreementEntry.tsx';
import { DisagreementPanel } from './DisagreementPanel.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import type { ShownLayer } from './useReviewStage.ts';

/** The review page's middle column: the layers to show, how each pair agrees, and the disagreements. */
export function ReviewDisagreementsColumn(props: {
  layers: readonly ShownLayer[];
  hidden: ReadonlySet<string>;
  onToggle: (layer: string) => void;
  pairs: readonly PairAgreement[];
  whoOf: (layer: string) => string;
  all: readonly Disagreement[];
  shown: readonly Disagreement[];
  filter: DisagreementFilter;
  onFilter: (filter: DisagreementFilter) => void;
  labels: readonly Label[];
  entryPropsOf: (entry: Disagreement) => DisagreementEntryProps;
}) {
  return (
    <div className="pane review-column">
      <LayerToggles
        layers={props.layers.map((layer) => ({
          ...layer,
          objectCount:
            layer.snapshot.tracks.length +
            layer.snapshot.shapes.length +
            layer.snapshot.masks.length +
            layer.snapshot.segments.length,
        }))}
        hidden={props.hidden}
        onToggle={props.onToggle}
      />
      <AgreementPairs pairs={props.pairs} whoOf={props.whoOf} />
      <DisagreementPanel
        all={props.all}
        shown={props.shown}
        filter={props.filter}
        onFilter={props.onFilter}
        labels={props.labels}
        entryPropsOf={props.entryPropsOf}
      />
    </div>
  );
}
