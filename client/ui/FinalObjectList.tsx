import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { Link } from './Link.tsx';

function objectsOf(snapshot: LayerSnapshot) {
  return [
    ...snapshot.tracks.map((each) => ({ id: each.id, kind: 'box track', labelId: each.labelId })),
    ...snapshot.shapes.map((each) => ({ id: each.id, kind: each.geometry, labelId: each.labelId })),
    ...snapshot.masks.map((each) => ({ id: each.id, kind: 'mask', labelId: each.labelId })),
    ...snapshot.segments.map((each) => ({ id: each.id, kind: 'segment', labelId: each.labelId })),
  ];
}

/** The objects of the adjudicated `final` layer, each with where it came from (or that it was drawn there). */
export function FinalObjectList(props: {
  snapshot: LayerSnapshot;
  provenance: ReadonlyMap<string, FinalProvenance>;
  labels: readonly Label[];
  describe: (provenance: FinalProvenance) => string;
  /** The editor on `final`, when the user may write it. */
  mergePath: string | null;
}) {
  const objects = objectsOf(props.snapshot);
  const labelName = (labelId: string | null) =>
    props.labels.find((label) => label.id === labelId)?.name ?? 'no label';
  return (
    <section className="review-panel final-objects" aria-label="Final layer">
      <h2>
        Final <span className="muted">({objects.length})</span>
        {props.mergePath && (
          <Link to={props.mergePath} className="final-edit" testId="edit-final">
            Edit final
          </Link>
        )}
      </h2>
      {objects.length === 0 && <p className="muted">Nothing accepted into final yet.</p>}
      <ul>
        {objects.map((object) => {
          const provenance = props.provenance.get(object.id);
          return (
            <li
              key={object.id}
              data-testid="final-object"
              data-id={object.id}
              data-source={provenance?.sourceLayer}
            >
              <span className="chip">{labelName(object.labelId)}</span> {object.kind}{' '}
              <code className="muted">{object.id}</code>
              <p className="final-provenance" data-testid="provenance">
                {provenance ? props.describe(provenance) : 'drawn in final'}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
