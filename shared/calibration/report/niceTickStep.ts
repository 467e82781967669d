/** The smallest step of 1, 2 or 5 times a power of ten that covers the span in at most `maxTicks` steps. */
export function niceTickStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !(maxTicks > 0)) return 1;
  const rough = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const multiple of [1, 2, 5, 10]) {
    if (multiple * power >= rough) return multiple * power;
  }
  return 10 * power;
}
