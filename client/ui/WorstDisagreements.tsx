import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import type { SessionLayer } from '../../shared/protocol/calibration.ts';
import { describeLocation } from './describeLocation.ts';
import { Link } from './Link.tsx';
import { disagreementPath } from './Route.ts';

/** How many of the worst disagreements with gold the dashboard lists. */
const SHOWN = 8;

/** A disagreement between gold and one trainee's layer, on one item. */
export interface TraineeDisagreement {
  itemId: string;
  username: string;
  disagreement: Disagreement;
}

/** The most severe disagreements between gold and a trainee, most severe first, then by id. */
export function worstDisagreements(
  items: ReadonlyArray<{ itemId: string; disagreements: readonly Disagreement[] }>,
  layers: readonly SessionLayer[],
): TraineeDisagreement[] {
  const owner = new Map(layers.map((each) => [`${each.itemId}/${each.layer}`, each.username]));
  const found: TraineeDisagreement[] = [];
  for (const { itemId, disagreements } of items) {
    for (const disagreement of disagreements) {
      if (!disagreement.layers.includes(GOLD_LAYER)) continue;
      const other = disagreement.layers.find((layer) => layer !== GOLD_LAYER) ?? '';
      const username = owner.get(`${itemId}/${other}`);
      if (username !== undefined) found.push({ itemId, username, disagreement });
    }
  }
  return found
    .sort(
      (a, b) =>
        b.disagreement.severity - a.disagreement.severity ||
        (a.disagreement.id < b.disagreement.id ? -1 : 1),
    )
    .slice(0, SHOWN);
}

/** The worst disagreements with gold, each a click away from its frame or time on the review page. */
export function WorstDisagreements(props: {
  projectId: string;
  entries: readonly TraineeDisagreement[];
  displayName: (username: string) => string;
  onAddToGuidelines: ((entry: TraineeDisagreement) => void) | null;
}) {
  if (props.entries.length === 0) return <p className="muted">No disagreements with gold yet.</p>;
  return (
    <ol className="worst-disagreements">
      {props.entries.map((entry) => {
        const { itemId, username, disagreement } = entry;
        return (
          <li key={`${itemId}/${disagreement.id}`} data-testid="worst-disagreement">
            <Link to={disagreementPath(props.projectId, itemId, disagreement.id)}>
              <strong>{props.displayName(username)}</strong> · {disagreement.kind} ·{' '}
              {disagreement.message}
            </Link>
            <span className="muted">
              {' '}
              {itemId}, {describeLocation(disagreement.location)}
            </span>
            {props.onAddToGuidelines && (
              <button
                type="button"
                className="link-button"
                onClick={() => props.onAddToGuidelines?.(entry)}
              >
                Add to guidelines
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
