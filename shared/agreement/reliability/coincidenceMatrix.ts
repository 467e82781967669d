/** Krippendorff's coincidences of values within units, and how often each value was given. */
export interface Coincidences {
  /**
   * `matrix[c][k]` is o_ck: pairs of values c and k from different coders of one unit, each unit
   * weighted 1 / (m_u − 1).
   */
  matrix: number[][];
  /** `valueCounts[c]` is n_c: how many pairable values equal value c. */
  valueCounts: number[];
  /** n: the number of pairable values. */
  total: number;
}

/** Coincidences of value indices over pairable units (each with two or more values). */
export function coincidenceMatrix(
  units: readonly (readonly number[])[],
  valueCount: number,
): Coincidences {
  // Ordered pairs are whole numbers, summed per unit size and divided once at the end: exact, so
  // the result is the same, bit for bit, whatever order the units and coders come in.
  const pairsBySize = new Map<number, Map<number, number>>();
  const valueCounts = new Array<number>(valueCount).fill(0);
  for (const unit of units) {
    const pairs = pairsBySize.get(unit.length) ?? new Map<number, number>();
    pairsBySize.set(unit.length, pairs);
    const counts = new Map<number, number>();
    for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const [first, firstCount] of counts) {
      valueCounts[first] = (valueCounts[first] as number) + firstCount;
      for (const [second, secondCount] of counts) {
        const cell = first * valueCount + second;
        const pairCount =
          first === second ? firstCount * (firstCount - 1) : firstCount * secondCount;
        pairs.set(cell, (pairs.get(cell) ?? 0) + pairCount);
      }
    }
  }
  const matrix = Array.from({ length: valueCount }, () => new Array<number>(valueCount).fill(0));
  const sizes = [...pairsBySize.keys()].sort((left, right) => left - right);
  for (const size of sizes) {
    for (const [cell, pairCount] of pairsBySize.get(size) as Map<number, number>) {
      const row = matrix[Math.floor(cell / valueCount)] as number[];
      const second = cell % valueCount;
      row[second] = (row[second] as number) + pairCount / (size - 1);
    }
  }
  const total = valueCounts.reduce((sum, count) => sum + count, 0);
  return { matrix, valueCounts, total };
}
