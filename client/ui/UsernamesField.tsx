/** The usernames typed into a field, separated by commas or spaces. */
export function parseUsernames(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((each) => each.trim())
    .filter(Boolean);
}

/** A labelled field for a list of usernames ("annotator1, annotator2"). */
export function UsernamesField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        data-testid={props.testId}
        placeholder="annotator1, annotator2"
      />
    </label>
  );
}
