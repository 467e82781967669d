/** A latency for a bench table, to a hundredth of a millisecond. */
export function formatMs(valueMs: number): string {
  return `${valueMs.toFixed(2)} ms`;
}
