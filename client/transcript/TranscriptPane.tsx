import type { HocuspocusProvider } from '@hocuspocus/provider';
import { EditorContent, useEditorState } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import { setSegmentSpeaker } from '../commands/setSegmentSpeaker.ts';
import { insertUtteranceAtPlayhead } from './insertUtteranceAtPlayhead.ts';
import { selectedTextSpan } from './selectedTextSpan.ts';
import type { TextSpan } from './TextSpan.ts';
import type { TranscriptContext, TranscriptPlayer } from './transcriptContextStore.ts';
import { createTranscriptContextStore } from './transcriptContextStore.ts';
import { useTranscriptEditor } from './useTranscriptEditor.ts';
import './TranscriptPane.css';

/** What the editor page gives the transcript pane. */
export interface TranscriptPaneProps {
  /** The provider of the item's main layer document. */
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  snapshot: LayerSnapshot;
  transcriptTierId: string | null;
  playheadMs: number;
  author: Author;
  onSeek(ms: number): void;
  /** Playback as the transcription keys drive it. */
  player: TranscriptPlayer;
  /** Told the words selected inside one utterance (to link them), or null. */
  onTextSpan?(span: TextSpan | null): void;
}

function sameTextSpan(left: TextSpan | null, right: TextSpan | null): boolean {
  return (
    left === right ||
    (left !== null &&
      right !== null &&
      left.segmentId === right.segmentId &&
      left.from === right.from &&
      left.to === right.to &&
      left.text === right.text)
  );
}

function speakersOn(snapshot: LayerSnapshot, tierId: string | null): string[] {
  const names = new Set<string>();
  for (const segment of snapshot.segments) {
    if (segment.tierId === tierId && segment.speaker) names.add(segment.speaker);
  }
  return [...names].sort((left, right) => left.localeCompare(right));
}

/** The transcript: utterance blocks bound to segments of the transcript tier, edited together live. */
export function TranscriptPane(props: TranscriptPaneProps) {
  const { provider, canWrite, snapshot, transcriptTierId } = props;
  const doc = provider.document;
  const [error, setError] = useState<string | null>(null);
  const knownSpeakersListId = useId();
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const segmentsById = useMemo(
    () => new Map(snapshot.segments.map((segment) => [segment.id, segment])),
    [snapshot.segments],
  );
  const speakers = useMemo(
    () => speakersOn(snapshot, transcriptTierId),
    [snapshot, transcriptTierId],
  );
  const context: TranscriptContext = {
    doc,
    segmentsById,
    playheadMs: props.playheadMs,
    canWrite,
    author: () => ({ userId: latest.current.author.userId, nowMs: Date.now() }),
    transcriptTierId,
    knownSpeakersListId,
    onSeek: (ms) => latest.current.onSeek(ms),
    speakers,
    player: {
      togglePlay: () => latest.current.player.togglePlay(),
      seekBy: (ms) => latest.current.player.seekBy(ms),
      stepRate: (direction) => latest.current.player.stepRate(direction),
    },
    onError: setError,
    setSpeaker(segmentId, speaker) {
      const commandContext = {
        doc,
        author: context.author,
        canWrite: () => latest.current.canWrite,
      };
      const result = setSegmentSpeaker(commandContext, segmentId, speaker);
      setError(result.ok ? null : result.error);
    },
  };
  const [store] = useState(() => createTranscriptContextStore(context));
  useLayoutEffect(() => store.set(context));
  const editor = useTranscriptEditor(provider, props.user, store, canWrite);
  const empty = useEditorState({
    editor,
    selector: ({ editor: current }) => current.state.doc.childCount === 0,
  });
  const canInsert = canWrite && transcriptTierId !== null;
  const span = useEditorState({
    editor,
    selector: ({ editor: current }) => selectedTextSpan(current.state),
    equalityFn: sameTextSpan,
  });
  useEffect(() => latest.current.onTextSpan?.(span), [span]);

  return (
    <section className="transcript-pane" data-testid="transcript" aria-label="Transcript">
      <header className="transcript-toolbar">
        <button
          type="button"
          disabled={!canInsert}
          title={
            transcriptTierId === null
              ? 'This project has no transcript tier'
              : 'Insert an utterance at the playhead (Ctrl+Shift+Enter)'
          }
          onClick={() => insertUtteranceAtPlayhead(editor, store.get())}
        >
          Insert at playhead
        </button>
        {!canWrite && <span className="transcript-readonly">read-only</span>}
      </header>
      {error && (
        <p className="transcript-error" role="alert">
          {error}
          <button type="button" aria-label="Dismiss" onClick={() => setError(null)}>
            ×
          </button>
        </p>
      )}
      {empty && (
        <p className="transcript-empty">
          {canInsert
            ? 'No utterances yet: insert one at the playhead to start typing.'
            : 'No transcript yet.'}
        </p>
      )}
      <EditorContent editor={editor} className="transcript-editor" />
      <datalist id={knownSpeakersListId}>
        {speakers.map((speaker) => (
          <option key={speaker} value={speaker} />
        ))}
      </datalist>
    </section>
  );
}
