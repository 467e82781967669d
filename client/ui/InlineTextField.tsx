import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';

/**
 * A value edited in place: Enter or leaving the field commits, Escape puts the value back. The
 * field shows the live value until someone types, and the refusal of a commit beside itself.
 */
export function InlineTextField(props: {
  value: string;
  /** What the field is, for screen readers and its tooltip. */
  label: string;
  testId: string;
  disabled: boolean;
  onCommit: (text: string) => Result<unknown>;
  placeholder?: string;
  maxLength?: number;
  /** Selects the whole value on focus, for short values typed afresh (a hotkey, a number). */
  selectOnFocus?: boolean;
  className?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelling = useRef(false);
  const commit = () => {
    if (draft === null) return;
    const result = draft === props.value ? null : props.onCommit(draft);
    if (result && !result.ok) {
      setError(result.error);
      return;
    }
    setDraft(null);
    setError(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelling.current = true;
      setDraft(null);
      setError(null);
      event.currentTarget.blur();
    }
  };
  const onBlur = () => {
    if (cancelling.current) cancelling.current = false;
    else commit();
  };
  return (
    <span className={`inline-field ${props.className ?? ''}`}>
      <input
        type="text"
        value={draft ?? props.value}
        aria-label={props.label}
        title={props.label}
        aria-invalid={error !== null}
        data-testid={props.testId}
        disabled={props.disabled}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={(event) => props.selectOnFocus && event.target.select()}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {error && (
        <span className="error field-error" role="alert" data-testid={`${props.testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
