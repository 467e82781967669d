import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';

/**
 * A colour picker that shows each colour while the picker is open and commits once, when it is
 * closed on a colour (the native `change` event), not on every step of a drag through it.
 */
export function ColourField(props: {
  value: string;
  label: string;
  testId: string;
  disabled: boolean;
  onCommit: (colour: string) => Result<unknown>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { onCommit } = props;
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const onChange = () => {
      const result = onCommit(element.value);
      setError(result.ok ? null : result.error);
      setDraft(null);
    };
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, [onCommit]);
  return (
    <span className="inline-field colour-field">
      <input
        ref={input}
        type="color"
        value={draft ?? props.value}
        aria-label={props.label}
        title={props.label}
        data-testid={props.testId}
        disabled={props.disabled}
        onChange={(event) => setDraft(event.target.value)}
      />
      {error && (
        <span className="error field-error" role="alert" data-testid={`${props.testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
