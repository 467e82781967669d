import type { ShapeGeometry } from '../../shared/schema/shape.ts';

/**
 * What the pointer does on the canvas: boxes; painting, erasing, polygon-filling, magic-wand and
 * flood-filling masks; or placing and editing polygon, polyline, point and skeleton shapes.
 */
export type CanvasTool =
  | 'box'
  | 'brush'
  | 'eraser'
  | 'polygon'
  | 'wand'
  | 'fill'
  | 'shapePolygon'
  | 'polyline'
  | 'points'
  | 'skeleton';

/** The region tool a tool is: the magic wand (W) or flood fill (U); null for the others. */
export function regionOfTool(tool: CanvasTool): 'wand' | 'fill' | null {
  return tool === 'wand' || tool === 'fill' ? tool : null;
}

/** Magic wand tolerance per colour channel (0–255). */
export const WAND_TOLERANCE = { min: 0, max: 255, initial: 24 } as const;

/** The geometry a shape tool places; null for the box and mask tools. */
export function geometryOfTool(tool: CanvasTool): ShapeGeometry | null {
  if (tool === 'shapePolygon') return 'polygon';
  if (tool === 'polyline' || tool === 'points' || tool === 'skeleton') return tool;
  return null;
}

/** The mask operation a mask tool makes; null for the box and shape tools. */
export function maskShapeOfTool(tool: CanvasTool): 'stroke' | 'polygon' | null {
  if (tool === 'brush' || tool === 'eraser') return 'stroke';
  return tool === 'polygon' ? 'polygon' : null;
}

/** Brush radius limits in media pixels; the stored stroke is capped at 256 px. */
export const BRUSH_RADIUS_PX = { min: 1, max: 100, initial: 12 } as const;
