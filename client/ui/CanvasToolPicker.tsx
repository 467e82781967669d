import type { CanvasTool } from '../tools/CanvasTool.ts';
import { BRUSH_RADIUS_PX, WAND_TOLERANCE } from '../tools/CanvasTool.ts';

const TOOLS: readonly { tool: CanvasTool; name: string; key: string }[] = [
  { tool: 'box', name: 'Box', key: 'V' },
  { tool: 'brush', name: 'Brush', key: 'B' },
  { tool: 'eraser', name: 'Eraser', key: 'E' },
  { tool: 'polygon', name: 'Polygon', key: 'P' },
  { tool: 'wand', name: 'Wand', key: 'W' },
  { tool: 'fill', name: 'Fill', key: 'U' },
  { tool: 'shapePolygon', name: 'Shape', key: 'G' },
  { tool: 'polyline', name: 'Line', key: 'L' },
  { tool: 'points', name: 'Points', key: 'I' },
  { tool: 'skeleton', name: 'Keypoints', key: 'K' },
];

/** The canvas tools (boxes, mask brush, eraser and polygon fill, shapes) and the brush size. */
export function CanvasToolPicker(props: {
  tool: CanvasTool;
  onTool: (tool: CanvasTool) => void;
  radiusPx: number;
  onRadius: (radiusPx: number) => void;
  tolerance: number;
  onTolerance: (tolerance: number) => void;
  canWrite: boolean;
}) {
  return (
    <div className="tool-group" role="radiogroup" aria-label="Canvas tool">
      {TOOLS.map(({ tool, name, key }) => (
        <button
          key={tool}
          type="button"
          role="radio"
          aria-checked={props.tool === tool}
          className={props.tool === tool ? 'active' : undefined}
          disabled={!props.canWrite && tool !== 'box'}
          title={`${name} (${key})`}
          data-testid={`tool-${tool}`}
          onClick={() => props.onTool(tool)}
        >
          {name}
        </button>
      ))}
      <label className="brush-size" title="Brush and eraser radius, in media pixels">
        <span className="muted">size</span>
        <input
          type="range"
          min={BRUSH_RADIUS_PX.min}
          max={BRUSH_RADIUS_PX.max}
          value={props.radiusPx}
          disabled={props.tool !== 'brush' && props.tool !== 'eraser'}
          data-testid="brush-size"
          aria-label="Brush size"
          onChange={(event) => props.onRadius(Number(event.target.value))}
        />
        <span data-testid="brush-size-value">{props.radiusPx}</span>
      </label>
      {props.tool === 'wand' && (
        <label
          className="brush-size"
          title="Magic wand: how far a colour may differ from the clicked one, per channel"
        >
          <span className="muted">tolerance</span>
          <input
            type="range"
            min={WAND_TOLERANCE.min}
            max={WAND_TOLERANCE.max}
            value={props.tolerance}
            data-testid="wand-tolerance"
            aria-label="Magic wand tolerance"
            onChange={(event) => props.onTolerance(Number(event.target.value))}
          />
          <span>{props.tolerance}</span>
        </label>
      )}
    </div>
  );
}
