import { useState } from 'react';
import type { CommentAnchor, CommentThreadView } from '../../shared/agreement/commentThread.ts';
import type { Result } from '../../shared/schema/result.ts';
import { CommentThreadItem } from './CommentThreadItem.tsx';

/** A place a new thread can be pinned to, as offered to the reviewer. */
export interface AnchorChoice {
  key: string;
  label: string;
  anchor: CommentAnchor;
}

/** Comment threads pinned to objects, frames and time ranges: start one, reply, resolve or reopen. */
export function CommentPanel(props: {
  threads: readonly CommentThreadView[];
  choices: readonly AnchorChoice[];
  describe: (anchor: CommentAnchor) => string;
  focusedThreadId: string | null;
  cannotComment: string | null;
  onGoTo: (thread: CommentThreadView) => void;
  onStart: (anchor: CommentAnchor, text: string) => Result<unknown>;
  onReply: (threadId: string, text: string) => Result<unknown>;
  onResolve: (threadId: string, resolved: boolean) => Result<unknown>;
}) {
  const [text, setText] = useState('');
  const [choiceKey, setChoiceKey] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choice = props.choices.find((each) => each.key === choiceKey) ?? props.choices[0];
  const start = () => {
    if (!choice) return;
    const started = props.onStart(choice.anchor, text);
    setError(started.ok ? null : started.error);
    if (started.ok) setText('');
  };
  const shown = props.threads.filter((thread) => showResolved || !thread.resolved);
  return (
    <section className="review-panel comment-panel" aria-label="Comments">
      <h2>
        Comments <span className="muted">({props.threads.length})</span>
      </h2>
      {props.cannotComment === null ? (
        <div className="comment-new">
          <select
            aria-label="Pin to"
            data-testid="comment-anchor"
            value={choice?.key ?? ''}
            onChange={(event) => setChoiceKey(event.target.value)}
          >
            {props.choices.map((each) => (
              <option key={each.key} value={each.key}>
                {each.label}
              </option>
            ))}
          </select>
          <textarea
            aria-label="Comment"
            data-testid="comment-text"
            rows={2}
            value={text}
            placeholder="Comment on this…"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="button" data-testid="comment-start" onClick={start} disabled={!choice}>
            Comment
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <p className="muted">{props.cannotComment}</p>
      )}
      <label className="comment-show-resolved">
        <input
          type="checkbox"
          checked={showResolved}
          onChange={(event) => setShowResolved(event.target.checked)}
        />{' '}
        show resolved
      </label>
      <ol className="comment-threads">
        {shown.map((thread) => (
          <CommentThreadItem
            key={thread.id}
            thread={thread}
            where={props.describe(thread.anchor)}
            focused={thread.id === props.focusedThreadId}
            cannotComment={props.cannotComment}
            onGoTo={() => props.onGoTo(thread)}
            onReply={(reply) => props.onReply(thread.id, reply)}
            onResolve={(resolved) => props.onResolve(thread.id, resolved)}
          />
        ))}
      </ol>
    </section>
  );
}
