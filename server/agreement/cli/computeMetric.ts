import type { z } from 'zod';
import { cohensKappa } from '../../../shared/agreement/reliability/cohensKappa.ts';
import { fleissCountsOf } from '../../../shared/agreement/reliability/fleissCountsOf.ts';
import { fleissKappa } from '../../../shared/agreement/reliability/fleissKappa.ts';
import { krippendorffAlpha } from '../../../shared/agreement/reliability/krippendorffAlpha.ts';
import { characterErrorRate } from '../../../shared/agreement/temporal/characterErrorRate.ts';
import { wordErrorRate } from '../../../shared/agreement/temporal/wordErrorRate.ts';
import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import type { SpatialShape } from '../../../shared/agreement/spatial/SpatialShape.ts';
import { assignIouMatrix, assignShapes } from './assignShapes.ts';
import type { MetricName } from './metricInputs.ts';
import { METRIC_INPUTS } from './metricInputs.ts';

type InputOf<M extends MetricName> = z.infer<(typeof METRIC_INPUTS)[M]>;

const COMPUTE: { [M in MetricName]: (input: InputOf<M>) => Result<unknown> } = {
  alpha: ({ metric, data }) => krippendorffAlpha(data, metric),
  kappa: ({ first, second }) => cohensKappa(first, second),
  fleiss(input) {
    if ('counts' in input) return fleissKappa(input.counts);
    const counted = fleissCountsOf(input.ratings);
    if (!counted.ok) return counted;
    const kappa = fleissKappa(counted.value.counts);
    return kappa.ok ? ok({ categories: counted.value.categories, ...kappa.value }) : kappa;
  },
  assign(input) {
    if ('iou' in input) return ok(assignIouMatrix(input.iou, input.threshold));
    const toShape = (entry: (typeof input.left)[number]): SpatialShape => {
      const { id, labelId } = entry;
      if ('box' in entry) {
        const [x, y, w, h] = entry.box;
        return { id, labelId, geometry: { kind: 'box', box: { x, y, w, h } } };
      }
      return { id, labelId, geometry: { kind: 'polygon', points: entry.polygon } };
    };
    return assignShapes({
      ...input,
      left: input.left.map(toShape),
      right: input.right.map(toShape),
    });
  },
  wer: ({ reference, hypothesis, ...options }) =>
    ok({
      words: wordErrorRate(reference, hypothesis, options),
      characters: characterErrorRate(reference, hypothesis, options),
    }),
};

function describeProblem(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * One agreement measure on a small JSON input, exactly as the live engine computes it, so a
 * figure seen in the editor can be checked against other tools. The input is checked first; a
 * problem names its JSON path.
 */
export function computeMetric(metric: MetricName, input: unknown): Result<unknown> {
  const parsed = METRIC_INPUTS[metric].safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(describeProblem).join('; ');
    return fail(`the ${metric} input is not valid: ${problems}`);
  }
  // The parsed input is the one this metric's schema describes; TypeScript cannot pair them here.
  return COMPUTE[metric](parsed.data as never);
}
