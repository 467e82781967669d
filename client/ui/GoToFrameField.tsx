import { useEffect, useState } from 'react';

/** The current frame as an editable field: type a frame number and press Enter to go there. */
export function GoToFrameField(props: {
  frame: number;
  frameCount: number;
  onGoToFrame: (frame: number) => void;
}) {
  const [draft, setDraft] = useState(String(props.frame));
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(String(props.frame));
  }, [props.frame, editing]);
  const lastFrame = Math.max(0, props.frameCount - 1);
  const commit = () => {
    const frame = Number(draft);
    if (draft.trim() !== '' && Number.isInteger(frame) && frame >= 0 && frame <= lastFrame) {
      props.onGoToFrame(frame);
    } else {
      setDraft(String(props.frame));
    }
  };

  return (
    <input
      className="goto-frame"
      data-testid="goto-frame"
      aria-label={`Go to frame (0–${lastFrame})`}
      title={`Go to frame (0–${lastFrame}); Enter to jump`}
      inputMode="numeric"
      value={draft}
      size={String(lastFrame).length + 1}
      onFocus={() => setEditing(true)}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit();
          event.currentTarget.blur();
        } else if (event.key === 'Escape') {
          setDraft(String(props.frame));
          event.currentTarget.blur();
        }
      }}
      onBlur={() => {
        setEditing(false);
        setDraft(String(props.frame));
      }}
    />
  );
}
