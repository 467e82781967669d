/** The levels of measurement Krippendorff's alpha knows, each with its difference function. */
export const ALPHA_METRICS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;

/** A level of measurement: nominal, ordinal, interval or ratio. */
export type AlphaMetric = (typeof ALPHA_METRICS)[number];
