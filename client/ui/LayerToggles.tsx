import { SyncIndicator } from './SyncIndicator.tsx';
import type { SessionDocument } from '../session/ItemSession.ts';

/** A layer the reviewer can show or hide on the stage. */
export interface ToggleableLayer {
  layer: string;
  who: string;
  colour: string;
  objectCount: number;
  document: SessionDocument;
}

/** One checkbox per layer, in its colour, with whose it is, how many objects it holds and its sync state. */
export function LayerToggles(props: {
  layers: readonly ToggleableLayer[];
  hidden: ReadonlySet<string>;
  onToggle: (layer: string) => void;
}) {
  return (
    <section className="review-panel layer-toggles" aria-label="Layers">
      <h2>Layers</h2>
      <ul>
        {props.layers.map((layer) => (
          <li key={layer.layer}>
            <label title={`${layer.layer}: ${layer.objectCount} objects`}>
              <input
                type="checkbox"
                data-testid={`layer-toggle-${layer.layer}`}
                checked={!props.hidden.has(layer.layer)}
                onChange={() => props.onToggle(layer.layer)}
              />
              <span className="swatch" style={{ backgroundColor: layer.colour }} />
              {layer.who} <span className="muted">({layer.objectCount})</span>
            </label>
            <SyncIndicator document={layer.document} />
          </li>
        ))}
      </ul>
    </section>
  );
}
