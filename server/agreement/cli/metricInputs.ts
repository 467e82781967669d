import { z } from 'zod';
import { ALPHA_METRICS } from '../../../shared/agreement/reliability/AlphaMetric.ts';

const value = z.union([z.number().finite(), z.string().max(1_000)]);
const rating = value.nullable();

const shape = z.union([
  z.object({
    id: z.string().min(1).max(200),
    labelId: z.string().max(64).nullable().default(null),
    box: z.tuple([
      z.number().finite(),
      z.number().finite(),
      z.number().finite(),
      z.number().finite(),
    ]),
  }),
  z.object({
    id: z.string().min(1).max(200),
    labelId: z.string().max(64).nullable().default(null),
    polygon: z.array(z.number().finite()).min(6).max(20_000),
  }),
]);

/** What `concord agreement --metric <name>` reads from its JSON input, by metric. */
export const METRIC_INPUTS = {
  /** Krippendorff's alpha: units × coders, null for a missing value. */
  alpha: z.object({
    metric: z.enum(ALPHA_METRICS).default('nominal'),
    data: z.array(z.array(rating).max(1_000)).min(1).max(100_000),
  }),
  /** Cohen's kappa: two raters' labels for the same items, in item order. */
  kappa: z.object({
    first: z.array(rating).max(1_000_000),
    second: z.array(rating).max(1_000_000),
  }),
  /** Fleiss' kappa: raters per category for each item, or each item's ratings. */
  fleiss: z.union([
    z.object({ counts: z.array(z.array(z.number().int().nonnegative()).max(1_000)).min(1) }),
    z.object({ ratings: z.array(z.array(rating).max(1_000)).min(1) }),
  ]),
  /** Word and character error rate of a hypothesis against a reference. */
  wer: z.object({
    reference: z.string().max(1_000_000),
    hypothesis: z.string().max(1_000_000),
    caseSensitive: z.boolean().default(false),
    keepPunctuation: z.boolean().default(false),
  }),
  /**
   * Optimal one-to-one assignment: on an IoU matrix (rows left, columns right), or on two lists
   * of boxes ([x, y, w, h]) and polygons ([x0, y0, x1, y1, …]) on a frame of `width` × `height`.
   */
  assign: z.union([
    z.object({
      iou: z
        .array(z.array(z.number().min(0).max(1)).max(2_000))
        .min(1)
        .max(2_000),
      threshold: z.number().min(0).max(1).default(0.5),
    }),
    z.object({
      left: z.array(shape).max(20_000),
      right: z.array(shape).max(20_000),
      width: z.number().int().positive().max(20_000),
      height: z.number().int().positive().max(20_000),
      threshold: z.number().min(0).max(1).default(0.5),
    }),
  ]),
} as const;

export type MetricName = keyof typeof METRIC_INPUTS;

/** The metrics the command computes one by one. */
export const METRIC_NAMES = Object.keys(METRIC_INPUTS) as MetricName[];
