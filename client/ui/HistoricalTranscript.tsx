import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { UtteranceText } from '../../shared/protocol/history.ts';
import { formatDuration } from './formatDuration.ts';

/** The transcript as it was at the time shown in the history view: read-only, one row per utterance. */
export function HistoricalTranscript(props: {
  utterances: readonly UtteranceText[];
  segments: readonly SegmentView[];
  onSeek: (ms: number) => void;
}) {
  const segments = new Map(props.segments.map((segment) => [segment.id, segment]));
  return (
    <div className="historical-transcript" data-testid="historical-transcript">
      <p className="muted">The transcript as it was then (read-only).</p>
      {props.utterances.length === 0 && <p className="muted">The transcript was empty.</p>}
      <ol>
        {props.utterances.map((utterance, index) => {
          const segment = utterance.segmentId ? segments.get(utterance.segmentId) : undefined;
          return (
            <li key={`${index}:${utterance.segmentId ?? ''}`}>
              {segment ? (
                <button type="button" onClick={() => props.onSeek(segment.startMs)}>
                  {formatDuration(segment.startMs)}
                </button>
              ) : (
                <span className="muted">—</span>
              )}{' '}
              {segment?.speaker && <strong>{segment.speaker}: </strong>}
              {utterance.text}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
