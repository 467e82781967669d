/** Items seeded beside `clip` in the bench project, for benchmarks that open many documents. */
export const BENCH_ITEM_IDS: readonly string[] = Array.from(
  { length: 256 },
  (_, index) => `item-${index}`,
);
