import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { AttributeValues } from '../../shared/doc/readAttributes.ts';
import { attributeAt } from '../../shared/doc/readAttributes.ts';
import type { AttributeSpec } from '../../shared/schema/attributeSpec.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { AttributeValue } from '../../shared/schema/recordBase.ts';

/** The one selected object with its label and attribute values, and whether it lives over frames. */
function selectedObject(snapshot: LayerSnapshot, selection: readonly string[]) {
  if (selection.length !== 1) return null;
  const id = selection[0];
  const spatial = [...snapshot.tracks, ...snapshot.shapes].find((object) => object.id === id);
  if (spatial) return { ...spatial, overFrames: true };
  const other = [...snapshot.masks, ...snapshot.segments].find((object) => object.id === id);
  return other ? { ...other, overFrames: false } : null;
}

function AttributeField(props: {
  spec: AttributeSpec;
  value: AttributeValue | undefined;
  disabled: boolean;
  onChange: (value: AttributeValue | null) => void;
}) {
  const { spec, value, disabled, onChange } = props;
  const testId = `attribute-${spec.id}`;
  switch (spec.type) {
    case 'checkbox':
      return (
        <input
          type="checkbox"
          data-testid={testId}
          checked={value === true}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
    case 'number':
      return (
        <input
          type="number"
          data-testid={testId}
          defaultValue={typeof value === 'number' ? value : ''}
          key={String(value)}
          disabled={disabled}
          onBlur={(event) =>
            onChange(event.target.value === '' ? null : Number(event.target.value))
          }
        />
      );
    case 'text':
      return (
        <input
          type="text"
          data-testid={testId}
          defaultValue={typeof value === 'string' ? value : ''}
          key={String(value)}
          disabled={disabled}
          onBlur={(event) => onChange(event.target.value)}
        />
      );
    case 'select':
      return (
        <select
          data-testid={testId}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">—</option>
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'multiselect': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <span className="attribute-options" data-testid={testId}>
          {spec.options.map((option) => (
            <label key={option}>
              <input
                type="checkbox"
                checked={chosen.includes(option)}
                disabled={disabled}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...chosen, option]
                      : chosen.filter((each) => each !== option),
                  )
                }
              />
              {option}
            </label>
          ))}
        </span>
      );
    }
  }
}

function valueOf(
  values: AttributeValues,
  spec: AttributeSpec,
  frame: number | null,
): AttributeValue | undefined {
  return spec.perFrame && frame !== null ? attributeAt(values, spec.id, frame) : values[spec.id];
}

/**
 * The attributes the selected object's label declares, edited in place: static ones for the whole
 * object, per-frame ones (tracks and shapes) from the current frame on. Required ones are marked;
 * the Problems panel lists what is missing.
 */
export function AttributePanel(props: {
  snapshot: LayerSnapshot;
  selection: readonly string[];
  labels: readonly Label[];
  frame: number;
  canWrite: boolean;
  onChange: (
    recordId: string,
    attribute: { id: string; frame: number | null },
    value: AttributeValue | null,
  ) => void;
}) {
  const object = selectedObject(props.snapshot, props.selection);
  const label = object && props.labels.find((each) => each.id === object.labelId);
  const specs = label?.attributes ?? [];
  if (!object || specs.length === 0) return null;
  return (
    <section className="attribute-panel" data-testid="attribute-panel" aria-label="Attributes">
      <h3>
        {label?.name} attributes
        {specs.some((spec) => spec.perFrame) && object.overFrames && (
          <span className="muted"> · per-frame values at frame {props.frame}</span>
        )}
      </h3>
      {specs.map((spec) => {
        const frame = spec.perFrame && object.overFrames ? props.frame : null;
        return (
          <label key={spec.id} className="attribute-row">
            <span>
              {spec.name}
              {spec.required && <abbr title="required"> *</abbr>}
              {frame !== null && <span className="muted"> (from here on)</span>}
            </span>
            <AttributeField
              spec={spec}
              value={valueOf(object.attributes, spec, frame)}
              disabled={!props.canWrite}
              onChange={(value) => props.onChange(object.id, { id: spec.id, frame }, value)}
            />
          </label>
        );
      })}
    </section>
  );
}
