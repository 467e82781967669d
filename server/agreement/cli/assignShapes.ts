import { matchFrame } from '../../../shared/agreement/spatial/matchFrame.ts';
import { solveAssignment } from '../../../shared/agreement/spatial/solveAssignment.ts';
import type { SpatialShape } from '../../../shared/agreement/spatial/SpatialShape.ts';
import { iouWeight } from '../../../shared/agreement/spatial/iouWeight.ts';
import type { Result } from '../../../shared/schema/result.ts';
import { ok } from '../../../shared/schema/result.ts';

/** `--metric assign` on an IoU matrix: rows are left shapes, columns right ones. */
export function assignIouMatrix(iou: readonly (readonly number[])[], threshold: number) {
  const columns = Math.max(0, ...iou.map((row) => row.length));
  const pairs = iou.flatMap((row, left) =>
    row.flatMap((value, right) =>
      value > 0 && value >= threshold ? [{ left, right, weight: iouWeight(value) }] : [],
    ),
  );
  const matched = solveAssignment(iou.length, columns, pairs).map(({ left, right }) => ({
    row: left,
    column: right,
    iou: iou[left]?.[right] as number,
  }));
  const rows = new Set(matched.map((pair) => pair.row));
  const taken = new Set(matched.map((pair) => pair.column));
  return {
    measure: 'assign',
    matched,
    totalIoU: matched.reduce((sum, pair) => sum + pair.iou, 0),
    unmatchedRows: iou.map((_, row) => row).filter((row) => !rows.has(row)),
    unmatchedColumns: Array.from({ length: columns }, (_, column) => column).filter(
      (column) => !taken.has(column),
    ),
  };
}

/** `--metric assign` on two lists of boxes or polygons, matched as on one frame of the media. */
export function assignShapes(input: {
  left: SpatialShape[];
  right: SpatialShape[];
  width: number;
  height: number;
  threshold: number;
}): Result<unknown> {
  const { left, right, width, height, threshold } = input;
  const matched = matchFrame(left, right, { width, height }, () => threshold);
  if (!matched.ok) return matched;
  return ok({ measure: 'assign', ...matched.value });
}
