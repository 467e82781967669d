import type { ShapeGeometry } from '../../shared/schema/shape.ts';

/**
 * What the pointer does on the canvas: boxes; painting, erasing and polygon-filling masks; or
 * placing and editing polygon, polyline, point and skeleton shapes.
 */
export type CanvasTool =
  'box' | 'brush' | 'eraser' | 'polygon' | 'shapePolygon' | 'polyline' | 'points' | 'skeleton';

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
