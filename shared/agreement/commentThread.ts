import * as Y from 'yjs';
import { z } from 'zod';
import { LAYER_PATTERN, RECORD_ID_PATTERN } from '../schema/ids.ts';
import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';
import type { ReviewPerson } from './reviewPeople.ts';

/** The root of an item's `review` document holding comment threads by thread id. */
export const ROOT_COMMENTS = 'comments';

/** The longest comment accepted, in characters. */
export const MAX_COMMENT_CHARACTERS = 4000;

/** Keys of a thread's Y.Map; `comments` is a Y.Array made with the thread. */
export const THREAD_FIELDS = {
  id: 'id',
  anchor: 'anchor',
  createdAtMs: 'createdAtMs',
  comments: 'comments',
  resolution: 'resolution',
} as const;

const frameIndex = z
  .number()
  .int('a frame is a whole frame index')
  .min(0, 'frames start at 0')
  .max(MAX_FRAME_INDEX, `frames end at ${MAX_FRAME_INDEX}`);
const wholeMs = z.number().int('times are whole milliseconds').min(0, 'times start at 0 ms');

/** What a thread is pinned to: an object of a layer (at a frame or not), a frame, or a time range. */
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('object'),
    layer: z.string().regex(LAYER_PATTERN, 'the layer of the object is not a layer name'),
    objectId: z.string().regex(RECORD_ID_PATTERN, 'the object id is not a record id'),
    frame: frameIndex.nullable(),
  }),
  z.object({ kind: z.literal('frame'), frame: frameIndex }),
  z
    .object({ kind: z.literal('time'), startMs: wholeMs, endMs: wholeMs })
    .refine((range) => range.endMs >= range.startMs, 'the time range ends before it starts'),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/** A comment's words: trimmed, not empty, not longer than MAX_COMMENT_CHARACTERS. */
export const commentTextSchema = z
  .string()
  .trim()
  .min(1, 'a comment needs some text')
  .max(MAX_COMMENT_CHARACTERS, `a comment holds at most ${MAX_COMMENT_CHARACTERS} characters`);

const personSchema = z.object({ userId: z.string().min(1), name: z.string() });

/** One comment of a thread, as stored. */
export const commentSchema = z.object({
  id: z.string().regex(RECORD_ID_PATTERN),
  author: personSchema,
  atMs: z.number().int().min(0),
  text: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

/** Whether a thread is resolved, who last resolved or reopened it, and when. */
export const resolutionSchema = z.object({
  resolved: z.boolean(),
  by: personSchema,
  atMs: z.number().int().min(0),
});
export type ThreadResolution = z.infer<typeof resolutionSchema>;

/** A comment thread as read: where it is pinned, its comments oldest first, and its resolution. */
export interface CommentThreadView {
  id: string;
  anchor: CommentAnchor;
  createdAtMs: number;
  comments: readonly Comment[];
  /** Null while nobody has resolved it. */
  resolution: ThreadResolution | null;
  resolved: boolean;
  /** The people who wrote in it, first writer first. */
  participants: readonly ReviewPerson[];
}

/** The `comments` root of a `review` document. */
export function commentThreadsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT_COMMENTS);
}

function readThread(id: string, thread: unknown): CommentThreadView | null {
  if (!(thread instanceof Y.Map)) return null;
  const anchor = commentAnchorSchema.safeParse(thread.get(THREAD_FIELDS.anchor));
  const list = thread.get(THREAD_FIELDS.comments);
  const createdAtMs = thread.get(THREAD_FIELDS.createdAtMs);
  if (!anchor.success || !(list instanceof Y.Array) || typeof createdAtMs !== 'number') return null;
  const comments = list.toArray().flatMap((value) => {
    const comment = commentSchema.safeParse(value);
    return comment.success ? [comment.data] : [];
  });
  const resolution = resolutionSchema.safeParse(thread.get(THREAD_FIELDS.resolution));
  const participants = new Map<string, ReviewPerson>();
  for (const comment of comments) {
    if (!participants.has(comment.author.userId))
      participants.set(comment.author.userId, comment.author);
  }
  return {
    id,
    anchor: anchor.data,
    createdAtMs,
    comments,
    resolution: resolution.success ? resolution.data : null,
    resolved: resolution.success && resolution.data.resolved,
    participants: [...participants.values()],
  };
}

/** Every well-formed comment thread of a `review` document, oldest first (then by id). */
export function readCommentThreads(doc: Y.Doc): CommentThreadView[] {
  const threads: CommentThreadView[] = [];
  for (const [id, thread] of commentThreadsOf(doc).entries()) {
    const view = readThread(id, thread);
    if (view) threads.push(view);
  }
  return threads.sort(
    (a, b) => a.createdAtMs - b.createdAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
