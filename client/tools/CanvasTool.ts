/** What the pointer does on the canvas: boxes, or painting, erasing and polygon-filling masks. */
export type CanvasTool = 'box' | 'brush' | 'eraser' | 'polygon';

/** Brush radius limits in media pixels; the stored stroke is capped at 256 px. */
export const BRUSH_RADIUS_PX = { min: 1, max: 100, initial: 12 } as const;
