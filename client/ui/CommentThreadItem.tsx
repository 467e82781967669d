import { useState } from 'react';
import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import type { Result } from '../../shared/schema/result.ts';
import { formatWallClock } from './formatWallClock.ts';

/** One comment thread: where it is pinned (press to go there), its comments, a reply box and resolve/reopen. */
export function CommentThreadItem(props: {
  thread: CommentThreadView;
  where: string;
  focused: boolean;
  cannotComment: string | null;
  onGoTo: () => void;
  onReply: (text: string) => Result<unknown>;
  onResolve: (resolved: boolean) => Result<unknown>;
}) {
  const { thread } = props;
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = (result: Result<unknown>) => setError(result.ok ? null : result.error);
  const send = () => {
    const sent = props.onReply(reply);
    report(sent);
    if (sent.ok) setReply('');
  };
  const className = ['comment-thread', thread.resolved && 'resolved', props.focused && 'focused']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className} data-testid="comment-thread" data-thread={thread.id}>
      <button type="button" className="comment-anchor" onClick={props.onGoTo}>
        {props.where}
      </button>
      {thread.resolution && (
        <span className="muted" data-testid="thread-state">
          {thread.resolved ? 'resolved' : 'reopened'} by {thread.resolution.by.name},{' '}
          {formatWallClock(thread.resolution.atMs)}
        </span>
      )}
      <ul className="comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <strong>{comment.author.name}</strong>{' '}
            <span className="muted">{formatWallClock(comment.atMs)}</span>
            <p>{comment.text}</p>
          </li>
        ))}
      </ul>
      {props.cannotComment === null && (
        <div className="comment-reply">
          <textarea
            aria-label="Reply"
            data-testid="comment-reply"
            rows={1}
            value={reply}
            placeholder="Reply…"
            onChange={(event) => setReply(event.target.value)}
          />
          <button type="button" onClick={send} disabled={reply.trim() === ''}>
            Reply
          </button>
          <button
            type="button"
            data-testid="thread-resolve"
            onClick={() => report(props.onResolve(!thread.resolved))}
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
