import { useState } from 'react';

/** Props of the speaker name in an utterance's header. */
export interface SpeakerFieldProps {
  speaker: string | null;
  canWrite: boolean;
  knownSpeakersListId: string;
  onChange(speaker: string | null): void;
}

/** The speaker of an utterance; click to rename when the layer is writable. */
export function SpeakerField(props: SpeakerFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = props.speaker ?? 'Unknown speaker';
  if (draft === null) {
    return (
      <button
        type="button"
        className="utterance-speaker"
        data-unknown={props.speaker === null || undefined}
        disabled={!props.canWrite}
        title={props.canWrite ? 'Rename the speaker' : undefined}
        onClick={() => setDraft(props.speaker ?? '')}
      >
        {shown}
      </button>
    );
  }
  const commit = () => {
    const name = draft.trim();
    setDraft(null);
    if ((name || null) !== props.speaker) props.onChange(name || null);
  };
  return (
    <input
      className="utterance-speaker-input"
      aria-label="Speaker"
      list={props.knownSpeakersListId}
      maxLength={200}
      autoFocus
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(null);
      }}
    />
  );
}
