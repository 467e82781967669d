import * as Y from 'yjs';
import type { z } from 'zod';
import { RECORD_ID_PATTERN } from '../schema/ids.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type {
  Comment,
  CommentAnchor,
  CommentThreadView,
  ThreadResolution,
} from './commentThread.ts';
import {
  commentAnchorSchema,
  commentTextSchema,
  commentThreadsOf,
  readCommentThreads,
  THREAD_FIELDS,
} from './commentThread.ts';
import type { ReviewPerson } from './reviewPeople.ts';

/** Who writes and when. */
export interface CommentAuthor {
  person: ReviewPerson;
  nowMs: number;
}

function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  return issue?.message ?? 'the input is malformed';
}

function checkIds(...ids: string[]): string | null {
  const bad = ids.find((id) => !RECORD_ID_PATTERN.test(id));
  return bad === undefined
    ? null
    : `${JSON.stringify(bad)} is not an id: use 1–64 characters of A–Z, a–z, 0–9, _ or -`;
}

function checkAuthor(author: CommentAuthor): string | null {
  if (author.person.userId.length === 0) return 'say who writes: the user id is empty';
  if (!Number.isFinite(author.nowMs) || author.nowMs < 0) return `${author.nowMs} is not a time`;
  return null;
}

function commentOf(commentId: string, text: string, author: CommentAuthor): Comment {
  return { id: commentId, author: { ...author.person }, atMs: Math.floor(author.nowMs), text };
}

function threadOf(doc: Y.Doc, threadId: string): Result<Y.Map<unknown>> {
  const thread = commentThreadsOf(doc).get(threadId);
  if (!(thread instanceof Y.Map)) {
    return fail(`there is no comment thread ${threadId} in this review; it may have been removed`);
  }
  return ok(thread);
}

/** Opens a thread pinned to an object, a frame or a time range, with its first comment, in one transaction. */
export function startCommentThread(
  doc: Y.Doc,
  input: { threadId: string; commentId: string; anchor: CommentAnchor; text: string },
  author: CommentAuthor,
  origin: unknown,
): Result<CommentThreadView> {
  const problem = checkIds(input.threadId, input.commentId) ?? checkAuthor(author);
  if (problem) return fail(problem);
  const anchor = commentAnchorSchema.safeParse(input.anchor);
  if (!anchor.success)
    return fail(`the comment cannot be pinned there: ${firstIssue(anchor.error)}`);
  const text = commentTextSchema.safeParse(input.text);
  if (!text.success) return fail(firstIssue(text.error));
  const threads = commentThreadsOf(doc);
  if (threads.has(input.threadId)) return fail(`a comment thread ${input.threadId} already exists`);
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    threads.set(input.threadId, thread);
    thread.set(THREAD_FIELDS.id, input.threadId);
    thread.set(THREAD_FIELDS.anchor, anchor.data);
    thread.set(THREAD_FIELDS.createdAtMs, Math.floor(author.nowMs));
    thread.set(THREAD_FIELDS.resolution, null);
    // The list is made with the thread: two lazy creations would race and one side's replies be lost.
    const comments = new Y.Array<Comment>();
    thread.set(THREAD_FIELDS.comments, comments);
    comments.push([commentOf(input.commentId, text.data, author)]);
  }, origin);
  const view = readCommentThreads(doc).find((each) => each.id === input.threadId);
  return view ? ok(view) : fail(`comment thread ${input.threadId} could not be read back`);
}

/** Adds a reply at the end of a thread; replies of several people at once all stay. */
export function replyToCommentThread(
  doc: Y.Doc,
  threadId: string,
  input: { commentId: string; text: string },
  author: CommentAuthor,
  origin: unknown,
): Result<Comment> {
  const problem = checkIds(input.commentId) ?? checkAuthor(author);
  if (problem) return fail(problem);
  const text = commentTextSchema.safeParse(input.text);
  if (!text.success) return fail(firstIssue(text.error));
  const thread = threadOf(doc, threadId);
  if (!thread.ok) return thread;
  const comments = thread.value.get(THREAD_FIELDS.comments);
  if (!(comments instanceof Y.Array)) {
    return fail(`comment thread ${threadId} is malformed (it has no list of comments)`);
  }
  const comment = commentOf(input.commentId, text.data, author);
  doc.transact(() => comments.push([comment]), origin);
  return ok(comment);
}

/** Resolves or reopens a thread, keeping who did it and when; asking for the state it is in is refused. */
export function setCommentThreadResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  author: CommentAuthor,
  origin: unknown,
): Result<ThreadResolution> {
  const problem = checkAuthor(author);
  if (problem) return fail(problem);
  const thread = threadOf(doc, threadId);
  if (!thread.ok) return thread;
  const current = readCommentThreads(doc).find((each) => each.id === threadId);
  if (current && current.resolved === resolved) {
    return fail(`comment thread ${threadId} is already ${resolved ? 'resolved' : 'open'}`);
  }
  const resolution = { resolved, by: { ...author.person }, atMs: Math.floor(author.nowMs) };
  doc.transact(() => thread.value.set(THREAD_FIELDS.resolution, resolution), origin);
  return ok(resolution);
}
