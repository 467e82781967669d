import * as Y from 'yjs';
import type { Box } from '../schema/box.ts';
import type { ShapeGeometry } from '../schema/shape.ts';
import { objectsOf } from './layerRoots.ts';
import type { AttributeValues } from './readAttributes.ts';
import { readAttributes } from './readAttributes.ts';
import type { BaseReading } from './readKeyframes.ts';
import { readKeyframes } from './readKeyframes.ts';
import { readInstructions } from './readInstructions.ts';
import { readLinks } from './readLinks.ts';
import { readMask } from './readMask.ts';
import { readShape } from './readShape.ts';

/** A keyframe as read: frame index plus the stored value. */
export interface KeyframeView {
  frame: number;
  box: Box;
  outside: boolean;
}

/** A track as read, keyframes sorted by frame. */
export interface TrackView {
  id: string;
  labelId: string | null;
  keyframes: readonly KeyframeView[];
  attributes: AttributeValues;
  createdBy: string;
  updatedBy: string;
}

/** A keyframe of a shape as read: flat x, y pairs and one visibility flag per point (null: all visible). */
export interface ShapeKeyframeView {
  frame: number;
  points: readonly number[];
  visible: readonly boolean[] | null;
  outside: boolean;
}

/** A polygon, polyline, point set or skeleton as read, keyframes sorted by frame. */
export interface ShapeView {
  id: string;
  labelId: string | null;
  geometry: ShapeGeometry;
  skeletonId: string | null;
  keyframes: readonly ShapeKeyframeView[];
  attributes: AttributeValues;
  createdBy: string;
  updatedBy: string;
}

/** One end of a link as read; a text end carries where its span is now (null once its text is gone). */
export type LinkEndView =
  | { kind: 'object'; objectId: string; startMs: number | null; endMs: number | null }
  | {
      kind: 'text';
      segmentId: string;
      quote: string;
      span: { from: number; to: number; text: string } | null;
    };

/** An item-level classification as read: a label the whole item carries. */
export interface TagView {
  id: string;
  labelId: string | null;
  createdBy: string;
}

/** An instruction-tuning item as read: prompt, response and what they refer to. */
export interface InstructionView {
  id: string;
  prompt: string;
  response: string;
  references: readonly LinkEndView[];
  createdBy: string;
  updatedBy: string;
}

/** A link as read. */
export interface LinkView {
  id: string;
  relationTypeId: string | null;
  from: LinkEndView;
  to: LinkEndView;
  createdBy: string;
  updatedBy: string;
}

/** A segment as read, normalised so that 0 ≤ startMs ≤ endMs. */
export interface SegmentView {
  id: string;
  tierId: string;
  startMs: number;
  endMs: number;
  labelId: string | null;
  speaker: string | null;
  value: string | null;
  attributes: AttributeValues;
  createdBy: string;
  updatedBy: string;
}

/** A mask as read: its size and the frames its operations paint; pixels come from readMaskFrame. */
export interface MaskView {
  id: string;
  labelId: string | null;
  width: number;
  height: number;
  /** Frames with at least one valid operation, ascending. */
  frames: readonly number[];
  operationCount: number;
  /** Changes whenever the operation list does (a hash of each operation's stamp and extent). */
  fingerprint: number;
  /** Who made the valid operations, sorted. */
  authors: readonly string[];
  attributes: AttributeValues;
  createdBy: string;
  updatedBy: string;
}

/** Something in the document that breaks the schema or an invariant; reported, never thrown. */
export interface Violation {
  recordId: string;
  field: string;
  message: string;
}

/** An immutable, normalised reading of a layer document. */
export interface LayerSnapshot {
  tracks: readonly TrackView[];
  segments: readonly SegmentView[];
  masks: readonly MaskView[];
  shapes: readonly ShapeView[];
  links: readonly LinkView[];
  tags: readonly TagView[];
  instructions: readonly InstructionView[];
  violations: readonly Violation[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function nullableText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function wholeMs(value: unknown, recordId: string, field: string, violations: Violation[]): number {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const rounded = Math.max(0, Math.round(value));
    if (rounded !== value) {
      violations.push({
        recordId,
        field,
        message: `${field} ${value} is not a whole number of ms ≥ 0; read as ${rounded}`,
      });
    }
    return rounded;
  }
  violations.push({ recordId, field, message: `${field} is missing or not a number; read as 0` });
  return 0;
}

function readSegment(id: string, record: Y.Map<unknown>, violations: Violation[]): SegmentView {
  let startMs = wholeMs(record.get('startMs'), id, 'startMs', violations);
  let endMs = wholeMs(record.get('endMs'), id, 'endMs', violations);
  if (startMs > endMs) {
    // A concurrent trim and move can cross the ends; read the range with its ends swapped.
    violations.push({
      recordId: id,
      field: 'endMs',
      message: `segment ${id} ends (${endMs} ms) before it starts (${startMs} ms); read with its ends swapped`,
    });
    [startMs, endMs] = [endMs, startMs];
  }
  return {
    id,
    tierId: text(record.get('tierId')),
    startMs,
    endMs,
    labelId: nullableText(record.get('labelId')),
    speaker: nullableText(record.get('speaker')),
    value: nullableText(record.get('value')),
    attributes: readAttributes(id, record, violations),
    createdBy: text(record.get('createdBy')),
    updatedBy: text(record.get('updatedBy')),
  };
}

function byText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

// Map iteration follows the order a replica first saw each key, which differs between replicas.
function byRecordThenField(left: Violation, right: Violation): number {
  return (
    byText(left.recordId, right.recordId) ||
    byText(left.field, right.field) ||
    byText(left.message, right.message)
  );
}

/** One record of the `objects` root as read, by kind. */
export type ObjectReading =
  | { kind: 'track'; view: TrackView }
  | { kind: 'segment'; view: SegmentView }
  | { kind: 'mask'; view: MaskView }
  | { kind: 'tag'; view: TagView }
  | { kind: 'shape'; view: ShapeView };

/**
 * Reads one record of the `objects` root, normalising as readLayer does; null (with a violation)
 * when it is not a record, has an unknown kind or cannot be read at all.
 */
export function readObject(
  id: string,
  record: unknown,
  violations: Violation[],
  baseKeyframes?: BaseReading,
): ObjectReading | null {
  if (!(record instanceof Y.Map)) {
    violations.push({
      recordId: id,
      field: 'kind',
      message: `object ${id} is not a record; ignored`,
    });
    return null;
  }
  const kind = record.get('kind');
  if (kind === 'track') {
    return {
      kind,
      view: {
        id,
        labelId: nullableText(record.get('labelId')),
        keyframes: readKeyframes(id, record, violations, baseKeyframes),
        attributes: readAttributes(id, record, violations),
        createdBy: text(record.get('createdBy')),
        updatedBy: text(record.get('updatedBy')),
      },
    };
  }
  if (kind === 'segment') return { kind, view: readSegment(id, record, violations) };
  if (kind === 'tag') {
    const view = {
      id,
      labelId: nullableText(record.get('labelId')),
      createdBy: text(record.get('createdBy')),
    };
    return { kind, view };
  }
  if (kind === 'mask') {
    const view = readMask(id, record, violations);
    return view ? { kind, view } : null;
  }
  if (kind === 'shape') {
    const view = readShape(id, record, violations);
    return view ? { kind, view } : null;
  }
  violations.push({
    recordId: id,
    field: 'kind',
    message: `object ${id} has unknown kind ${JSON.stringify(kind)}; ignored`,
  });
  return null;
}

/**
 * Reads a layer into plain data, normalising deterministically and listing every violation.
 * With `baseKeyframes: 'check'`, tracks' immutable keyframe bases are validated, not decoded, so
 * tracks hold only their edited keyframes: for callers that want the violations alone.
 */
export function readLayer(
  doc: Y.Doc,
  options: { baseKeyframes?: BaseReading } = {},
): LayerSnapshot {
  const tracks: TrackView[] = [];
  const segments: SegmentView[] = [];
  const masks: MaskView[] = [];
  const shapes: ShapeView[] = [];
  const tags: TagView[] = [];
  const violations: Violation[] = [];
  for (const [id, record] of objectsOf(doc).entries()) {
    const reading = readObject(id, record, violations, options.baseKeyframes);
    if (reading?.kind === 'track') tracks.push(reading.view);
    else if (reading?.kind === 'segment') segments.push(reading.view);
    else if (reading?.kind === 'mask') masks.push(reading.view);
    else if (reading?.kind === 'tag') tags.push(reading.view);
    else if (reading?.kind === 'shape') shapes.push(reading.view);
  }
  tracks.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  segments.sort(
    (left, right) =>
      left.startMs - right.startMs || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
  masks.sort((left, right) => byText(left.id, right.id));
  shapes.sort((left, right) => byText(left.id, right.id));
  tags.sort((left, right) => byText(left.id, right.id));
  const links = readLinks(doc, violations);
  const instructions = readInstructions(doc, violations);
  return {
    tracks,
    segments,
    masks,
    shapes,
    links,
    tags,
    instructions,
    violations: violations.sort(byRecordThenField),
  };
}
