import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import { nameLayersIn } from '../review/nameLayersIn.ts';
import { describeLocation } from './describeLocation.ts';
import { Link } from './Link.tsx';

/** What one entry of the disagreement list shows and offers. */
export interface DisagreementEntryProps {
  entry: Disagreement;
  selected: boolean;
  /** How the disagreement was decided, in words; null while open. */
  decision: string | null;
  whoOf: (layer: string) => string;
  colourOf: (layer: string) => string;
  labelName: string | null;
  /** The disagreement involves the user's own layer (a trainee after the reveal). */
  mine: boolean;
  /** Why the user cannot accept a version into final; null when they can. */
  cannotAccept: string | null;
  /** Why the user cannot record a decision; null when they can. */
  cannotDecide: string | null;
  /** The editor on the final layer, for merging by hand; null when the user may not write it. */
  mergePath: string | null;
  onSelect: () => void;
  onAccept: (layer: string) => void;
  onBothAcceptable: () => void;
}

/** One disagreement: kind, layers, label, where, what, any decision; selected, the ways to resolve it. */
export function DisagreementEntry(props: DisagreementEntryProps) {
  const { entry, whoOf } = props;
  return (
    <li
      className={['disagreement', props.selected && 'selected', props.mine && 'mine']
        .filter(Boolean)
        .join(' ')}
      data-testid="disagreement"
      data-mine={props.mine || undefined}
      data-id={entry.id}
      data-kind={entry.kind}
      data-objects={entry.objectIds.join(' ')}
      data-decided={props.decision !== null || undefined}
    >
      <button type="button" className="disagreement-summary" onClick={props.onSelect}>
        <span className={`disagreement-kind kind-${entry.kind}`}>{entry.kind}</span>
        <span className="disagreement-severity" title={`severity ${entry.severity}`}>
          <span style={{ width: `${Math.round(entry.severity * 100)}%` }} />
        </span>
        <span className="disagreement-where">{describeLocation(entry.location)}</span>
        {props.labelName && <span className="chip">{props.labelName}</span>}
        {props.mine && <span className="chip chip-mine">yours</span>}
        <span className="disagreement-layers">
          {entry.layers.map((layer) => (
            <span key={layer} className="disagreement-layer" title={layer}>
              <span className="swatch" style={{ backgroundColor: props.colourOf(layer) }} />
              {whoOf(layer)}
            </span>
          ))}
        </span>
        <span className="disagreement-message">
          {nameLayersIn(entry.message, entry.layers, whoOf)}
        </span>
      </button>
      {props.decision && (
        <p className="disagreement-decision" data-testid="decision">
          {props.decision}
        </p>
      )}
      {props.selected && (
        <div className="disagreement-actions">
          {entry.layers.map((layer) => (
            <button
              key={layer}
              type="button"
              data-testid={`accept-${layer}`}
              disabled={props.cannotAccept !== null}
              title={props.cannotAccept ?? `Copy ${whoOf(layer)}’s version into final`}
              onClick={() => props.onAccept(layer)}
            >
              Accept {whoOf(layer)}’s version
            </button>
          ))}
          <button
            type="button"
            data-testid="both-acceptable"
            disabled={props.cannotDecide !== null}
            title={props.cannotDecide ?? 'Both versions are fine: nothing to change in final'}
            onClick={props.onBothAcceptable}
          >
            Both acceptable
          </button>
          {props.mergePath && (
            <Link to={props.mergePath} testId="edit-merged">
              Edit merged version
            </Link>
          )}
          {(props.cannotAccept ?? props.cannotDecide) && (
            <span className="muted">{props.cannotAccept ?? props.cannotDecide}</span>
          )}
        </div>
      )}
    </li>
  );
}
