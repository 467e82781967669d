/** One coder's value for one unit: a category label or a number (`null` where none was given). */
export type ReliabilityValue = number | string;

/** A reliability data matrix: a row per unit, a column per coder, `null` for a missing value. */
export type ReliabilityData = readonly (readonly (ReliabilityValue | null)[])[];
