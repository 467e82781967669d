import { z } from 'zod';

/** Who a presence state belongs to; the server overwrites it from the token. */
export const presenceUserSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/),
});

/** A user's ephemeral state on a document: never persisted. */
export const presenceSchema = z.object({
  user: presenceUserSchema,
  /** Pointer on the media canvas, in media pixels, at a frame; null when off the canvas. */
  cursor: z.object({ x: z.number(), y: z.number(), frame: z.number().int() }).nullable().optional(),
  /** Ids of the records this user has selected. */
  selection: z.array(z.string().max(64)).max(1000).optional(),
  /** Where this user's playhead is, in ms of media time. */
  playheadMs: z.number().nonnegative().optional(),
  /** This user's caret in the transcript: Yjs relative positions (JSON); null when the editor is not focused. */
  textCaret: z.object({ anchor: z.unknown(), head: z.unknown() }).nullable().optional(),
});

export type PresenceUser = z.infer<typeof presenceUserSchema>;
export type Presence = z.infer<typeof presenceSchema>;

/** The awareness field that carries the user (CollaborationCaret reads the same field). */
export const PRESENCE_USER_FIELD = 'user';

/** The awareness field of the transcript caret; kept apart from `cursor`, which is the canvas pointer. */
export const TEXT_CARET_FIELD = 'textCaret';
