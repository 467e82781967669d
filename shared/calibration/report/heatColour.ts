const LOW = [241, 245, 251];
const HIGH = [23, 74, 132];

/** The heat-map colour of a 0–1 value (clamped), pale for 0 through to deep blue for 1. */
export function heatColour(value: number): string {
  const share = Math.min(1, Math.max(0, value));
  const channels = LOW.map((low, index) =>
    Math.round(low + ((HIGH[index] as number) - low) * share),
  );
  return `rgb(${channels.join(',')})`;
}

/** The two ends of the heat-map scale, for its legend. */
export const HEAT_SCALE_ENDS = { low: heatColour(0), high: heatColour(1) };
