/** Why the layer is unavailable, and the last message for the user, dismissable. */
export function EditorNotices(props: {
  problem: string | null;
  message: string | null;
  onDismiss: () => void;
}) {
  return (
    <>
      {props.problem && (
        <p className="notice error" role="alert">
          {props.problem}
        </p>
      )}
      {props.message && (
        <p className="notice" role="status" data-testid="notice">
          {props.message}{' '}
          <button type="button" onClick={props.onDismiss} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </>
  );
}
