import { z } from 'zod';
import type { GoldScore } from '../agreement/goldScores.ts';
import { PROJECT_OR_ITEM_ID_PATTERN } from '../schema/ids.ts';

/** The largest share of an annotator's queue that may be honeypots. */
export const MAX_HONEYPOT_RATE = 0.5;

/** POST /api/projects/:projectId/honeypots: copies of a gold item mixed blind into annotators' queues. */
export const createHoneypotsRequestSchema = z.object({
  sourceItemId: z
    .string({ error: 'sourceItemId is required: the gold item to copy' })
    .regex(PROJECT_OR_ITEM_ID_PATTERN, 'sourceItemId is not an item id'),
  usernames: z
    .array(z.string().min(1, 'is empty').max(64), 'usernames must be a list of annotators')
    .min(1, 'name at least one annotator')
    .max(100, 'at most 100 annotators at once')
    .refine((names) => new Set(names).size === names.length, 'each username may appear once'),
  rate: z
    .number({ error: 'rate must be a number: the share of each queue that is honeypots' })
    .gt(0, 'rate must be more than 0')
    .lte(MAX_HONEYPOT_RATE, `rate is at most ${MAX_HONEYPOT_RATE}: half of a queue`),
});
export type CreateHoneypotsRequest = z.infer<typeof createHoneypotsRequestSchema>;

/** One honeypot as trainers see it. */
export interface HoneypotSummary {
  itemId: string;
  sourceItemId: string;
  username: string;
  assignmentId: string;
  /** `a.<assignmentId>`: where the annotator works on the copy. */
  layer: string;
  /** How many of the annotator's other assignments come before it in their queue. */
  queuePosition: number;
  createdAtMs: number;
}

/** Response of POST …/honeypots: the honeypots made, per annotator in queue order. */
export interface HoneypotsResponse {
  honeypots: HoneypotSummary[];
}

/** One annotator's layer on one honeypot, scored against its gold as it stands now. */
export interface HoneypotScorePoint {
  itemId: string;
  sourceItemId: string;
  layer: string;
  /** When the annotator last edited the layer; null while they have not touched it. */
  lastEditAtMs: number | null;
  /** Null while the annotator's layer does not exist yet. */
  gold: GoldScore | null;
}

/** One annotator's honeypot scores, edited ones by the time of the edit, untouched ones last. */
export interface AnnotatorHoneypotScores {
  username: string;
  displayName: string;
  points: HoneypotScorePoint[];
}

/** GET /api/projects/:projectId/honeypots/scores */
export interface HoneypotScoresResponse {
  annotators: AnnotatorHoneypotScores[];
}
