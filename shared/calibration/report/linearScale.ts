/** Maps the domain linearly onto the range; a domain of zero width maps everything to its start. */
export function linearScale(
  domainStart: number,
  domainEnd: number,
  rangeStart: number,
  rangeEnd: number,
): (value: number) => number {
  const domainSpan = domainEnd - domainStart;
  if (domainSpan === 0) return () => rangeStart;
  const factor = (rangeEnd - rangeStart) / domainSpan;
  return (value) => rangeStart + (value - domainStart) * factor;
}
