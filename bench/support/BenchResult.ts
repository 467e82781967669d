/** What a benchmark reports: Concord against a baseline measured in the same run. */
export interface BenchResult {
  name: string;
  /** Concord's figure divided by the baseline's; lower is better. */
  ratio: number;
  /** The ratio the design allows. */
  targetRatio: number;
  /** Why the benchmark could not run here; a skipped result counts neither way. */
  skipped?: string;
}
