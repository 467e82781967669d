import type { ReactNodeViewProps } from '@tiptap/react';
import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import { useSyncExternalStore } from 'react';
import type { SegmentView } from '../../shared/doc/readLayer.ts';
import { formatMediaTime } from '../timeline/formatMediaTime.ts';
import { SpeakerField } from './SpeakerField.tsx';
import type { TranscriptContextStore } from './transcriptContextStore.ts';
import { utteranceSegmentIdOf } from './utteranceSegmentIdOf.ts';

function isPlaying(segment: SegmentView | null, playheadMs: number): boolean {
  return segment !== null && playheadMs >= segment.startMs && playheadMs < segment.endMs;
}

/** One utterance: speaker and times from its segment (not part of the text), then the text itself. */
export function UtteranceView(props: ReactNodeViewProps) {
  const store = (props.extension.options as { context: TranscriptContextStore }).context;
  const segmentId = utteranceSegmentIdOf(props.node);
  const segment = useSyncExternalStore(store.subscribe, () =>
    segmentId === null ? null : (store.get().segmentsById.get(segmentId) ?? null),
  );
  const playing = useSyncExternalStore(store.subscribe, () =>
    isPlaying(segment, store.get().playheadMs),
  );
  const canWrite = useSyncExternalStore(store.subscribe, () => store.get().canWrite);
  const listId = useSyncExternalStore(store.subscribe, () => store.get().knownSpeakersListId);
  return (
    <NodeViewWrapper
      className="utterance"
      data-testid={segmentId === null ? undefined : `utterance-${segmentId}`}
      data-playing={playing || undefined}
    >
      <div className="utterance-header" contentEditable={false}>
        {segment ? (
          <>
            <SpeakerField
              speaker={segment.speaker}
              canWrite={canWrite}
              knownSpeakersListId={listId}
              onChange={(speaker) => store.get().setSpeaker(segment.id, speaker)}
            />
            <button
              type="button"
              className="utterance-time"
              title="Seek to the start of this utterance"
              onClick={() => store.get().onSeek(segment.startMs)}
            >
              {formatMediaTime(segment.startMs, true)}–{formatMediaTime(segment.endMs, true)}
            </button>
          </>
        ) : (
          <span className="utterance-unbound">no time range</span>
        )}
      </div>
      <NodeViewContent className="utterance-text" />
    </NodeViewWrapper>
  );
}
