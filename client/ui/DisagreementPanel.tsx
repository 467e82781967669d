import { useState } from 'react';
import type { Disagreement, DisagreementKind } from '../../shared/agreement/Disagreement.ts';
import { DISAGREEMENT_KINDS } from '../../shared/agreement/Disagreement.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { DisagreementFilter } from '../review/filterDisagreements.ts';
import type { DisagreementEntryProps } from './DisagreementEntry.tsx';
import { DisagreementEntry } from './DisagreementEntry.tsx';

const NO_LABEL = '';
/** Entries drawn at first; a long list grows on request rather than building thousands of rows. */
const FIRST_ENTRIES = 200;

function labelOptions(disagreements: readonly Disagreement[], labels: readonly Label[]) {
  const present = new Set(disagreements.map((entry) => entry.labelId ?? NO_LABEL));
  const options = labels
    .filter((label) => present.has(label.id))
    .map((label) => ({ value: label.id, name: label.name }));
  if (present.has(NO_LABEL)) options.push({ value: NO_LABEL, name: 'no label' });
  return options;
}

/** The live list of disagreements, most severe first, narrowed by kind, label and whether decided. */
export function DisagreementPanel(props: {
  all: readonly Disagreement[];
  shown: readonly Disagreement[];
  filter: DisagreementFilter;
  onFilter: (filter: DisagreementFilter) => void;
  labels: readonly Label[];
  entryPropsOf: (entry: Disagreement) => DisagreementEntryProps;
}) {
  const { filter, onFilter } = props;
  const [limit, setLimit] = useState(FIRST_ENTRIES);
  return (
    <section className="review-panel disagreement-panel" aria-label="Disagreements">
      <h2>
        Disagreements{' '}
        <span data-testid="disagreement-count">
          {props.shown.length === props.all.length
            ? props.all.length
            : `${props.shown.length} of ${props.all.length}`}
        </span>
      </h2>
      <div className="review-filters">
        <select
          aria-label="Kind"
          data-testid="filter-kind"
          value={filter.kind ?? ''}
          onChange={(event) =>
            onFilter({ ...filter, kind: (event.target.value || null) as DisagreementKind | null })
          }
        >
          <option value="">every kind</option>
          {DISAGREEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
        <select
          aria-label="Label"
          data-testid="filter-label"
          value={filter.labelId ?? '*'}
          onChange={(event) =>
            onFilter({ ...filter, labelId: event.target.value === '*' ? null : event.target.value })
          }
        >
          <option value="*">every label</option>
          {labelOptions(props.all, props.labels).map((option) => (
            <option key={option.value} value={option.value}>
              {option.name}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            data-testid="filter-open"
            checked={filter.openOnly}
            onChange={(event) => onFilter({ ...filter, openOnly: event.target.checked })}
          />{' '}
          open only
        </label>
      </div>
      {props.all.length === 0 && (
        <p className="muted" data-testid="no-disagreements">
          The layers agree: nothing to adjudicate.
        </p>
      )}
      <ol className="disagreement-list" data-testid="disagreement-list">
        {props.shown.slice(0, limit).map((entry) => (
          <DisagreementEntry key={entry.id} {...props.entryPropsOf(entry)} />
        ))}
      </ol>
      {props.shown.length > limit && (
        <button type="button" onClick={() => setLimit((current) => current * 2)}>
          Show {Math.min(limit, props.shown.length - limit)} more of {props.shown.length - limit}
        </button>
      )}
    </section>
  );
}
