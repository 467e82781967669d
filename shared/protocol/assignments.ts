import { z } from 'zod';

/**
 * How an annotator works on an item: `shared` co-annotates `main` with the team; `blind` works
 * alone in their own layer, seeing nobody else's work; `revealed` is blind work opened up.
 */
export const ASSIGNMENT_MODES = ['shared', 'blind', 'revealed'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

/** An assignment as the API shows it. */
export interface AssignmentSummary {
  id: string;
  projectId: string;
  itemId: string;
  userId: string;
  username: string;
  /** The annotator's display name, in an item's detail; other routes leave it out. */
  name?: string;
  mode: AssignmentMode;
  /** Where the annotator works: `a.<id>` for blind and revealed work, `main` for shared. */
  layer: string;
  documentName: string;
  createdAtMs: number;
  /** When the blind work was opened up; null while blind or shared. */
  revealedAtMs: number | null;
}

/** POST /api/projects/:projectId/items/:itemId/assignments */
export const createAssignmentsRequestSchema = z.object({
  usernames: z
    .array(z.string().min(1, 'a username must not be empty').max(64), {
      error: 'usernames must be a list of the annotators to assign',
    })
    .min(1, 'name at least one annotator to assign')
    .max(100, 'at most 100 annotators can be assigned at once')
    .refine((names) => new Set(names).size === names.length, 'each username may appear once'),
  mode: z.enum(['shared', 'blind'], {
    error: "mode must be 'shared' (co-annotate main) or 'blind' (each annotator alone)",
  }),
});
export type CreateAssignmentsRequest = z.infer<typeof createAssignmentsRequestSchema>;

/** POST /api/projects/:projectId/items/:itemId/assignments/reveal; without ids, every blind assignment of the item. */
export const revealAssignmentsRequestSchema = z.object({
  assignmentIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'leave assignmentIds out to reveal every blind assignment of the item')
    .optional(),
});
export type RevealAssignmentsRequest = z.infer<typeof revealAssignmentsRequestSchema>;

/** Response of both assignment routes: the assignments created or revealed. */
export interface AssignmentsResponse {
  assignments: AssignmentSummary[];
}

/** One entry of an annotator's queue. */
export interface QueueEntry {
  assignment: AssignmentSummary;
  itemName: string;
  /** Objects in the annotator's layer; in `main` for shared work, the objects they created. */
  objectCount: number;
}

/** GET /api/me/queue: the user's assignments, oldest first with honeypots at their positions, and the one to work on next. */
export interface QueueResponse {
  entries: QueueEntry[];
  /** The oldest assignment still being worked on (blind or shared); null when none is. */
  next: QueueEntry | null;
}
