/** The two servers a benchmark compares. */
export type BenchServerKind = 'concord' | 'bare';

export interface AlternatingRun<Sample> {
  edits: number;
  /** Edits made first and thrown away, while connections and JIT settle. */
  warmupEdits: number;
  measure(server: BenchServerKind, edit: number): Promise<Sample>;
}

/**
 * Measures each edit on both servers, swapping which goes first every edit, so both share the
 * machine's background noise; returns the samples after the warmup.
 */
export async function measureAlternating<Sample>(run: AlternatingRun<Sample>) {
  const samples = { concord: [] as Sample[], bare: [] as Sample[] };
  for (let edit = 1; edit <= run.warmupEdits + run.edits; edit += 1) {
    const order = edit % 2 === 0 ? (['concord', 'bare'] as const) : (['bare', 'concord'] as const);
    for (const server of order) {
      const sample = await run.measure(server, edit);
      if (edit > run.warmupEdits) samples[server].push(sample);
    }
  }
  return samples;
}
