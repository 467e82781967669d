import { checkNativeShape } from './checkNativeShape.ts';
import { describeFrameAfterEnd } from './describeFrameAfterEnd.ts';
import type { NativeMask, NativeRecord, NativeSegment, NativeTrack } from './nativeItemSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import { problemAt } from './NativeProblem.ts';
import { frameOfAttributeKey } from './nativeRecordBase.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';

type Path = readonly PropertyKey[];

function checkTrack(track: NativeTrack, path: Path, context: NativeReferenceContext) {
  const frames = Object.keys(track.keyframes).map(Number);
  if (frames.length === 0) {
    return [problemAt([...path, 'keyframes'], 'a track needs at least one keyframe')];
  }
  const frameCount = context.media?.frameCount;
  if (frameCount === undefined) return [];
  return frames
    .sort((left, right) => left - right)
    .flatMap((frame) => {
      const late = describeFrameAfterEnd(frame, frameCount);
      return late === null ? [] : [problemAt([...path, 'keyframes', String(frame)], late)];
    });
}

/** Per-frame attribute values set at frames the video does not have. */
function checkAttributeFrames(record: NativeRecord, path: Path, context: NativeReferenceContext) {
  const frameCount = context.media?.frameCount;
  if (frameCount === undefined) return [];
  return Object.keys(record.attributes).flatMap((key) => {
    const frame = frameOfAttributeKey(key);
    const late = frame === null ? null : describeFrameAfterEnd(frame, frameCount);
    return late === null ? [] : [problemAt([...path, 'attributes', key], late)];
  });
}

function checkMask(mask: NativeMask, path: Path, context: NativeReferenceContext) {
  const media = context.media;
  if (!media) return [];
  const problems: NativeProblem[] = [];
  if (mask.width !== media.width || mask.height !== media.height) {
    problems.push(
      problemAt(
        [...path, 'width'],
        `the mask is ${mask.width} × ${mask.height} pixels, but the media is ${media.width} × ${media.height}`,
      ),
    );
  }
  mask.operations.forEach((operation, index) => {
    if (operation.frame < media.frameCount) return;
    problems.push(
      problemAt(
        [...path, 'operations', index, 'frame'],
        `frame ${operation.frame} is after the end of the video (${media.frameCount} frames)`,
      ),
    );
  });
  return problems;
}

function checkSegment(segment: NativeSegment, path: Path, context: NativeReferenceContext) {
  const problems: NativeProblem[] = [];
  if (!context.tierIds.has(segment.tierId)) {
    problems.push(
      problemAt(
        [...path, 'tierId'],
        `tier ${JSON.stringify(segment.tierId)} is not in the label schema of project ${context.projectId}`,
      ),
    );
  }
  if (segment.endMs < segment.startMs) {
    problems.push(
      problemAt(
        [...path, 'endMs'],
        `the segment ends (${segment.endMs} ms) before it starts (${segment.startMs} ms)`,
      ),
    );
  }
  const durationMs = context.media?.durationMs;
  if (durationMs !== undefined && segment.endMs > durationMs) {
    problems.push(
      problemAt(
        [...path, 'endMs'],
        `${segment.endMs} ms is after the end of the media (${durationMs} ms)`,
      ),
    );
  }
  return problems;
}

/**
 * What is wrong with one record's references: its label, tier and skeleton template, and where it
 * and its per-frame attributes sit in the media.
 */
export function checkNativeRecord(
  record: NativeRecord,
  path: Path,
  context: NativeReferenceContext,
): NativeProblem[] {
  const problems: NativeProblem[] = [];
  if (record.labelId !== null && !context.labelIds.has(record.labelId)) {
    problems.push(
      problemAt(
        [...path, 'labelId'],
        `label ${JSON.stringify(record.labelId)} is not in the label schema of project ${context.projectId}`,
      ),
    );
  }
  if (record.kind === 'track') problems.push(...checkTrack(record, path, context));
  else if (record.kind === 'shape') problems.push(...checkNativeShape(record, path, context));
  else if (record.kind === 'mask') problems.push(...checkMask(record, path, context));
  else problems.push(...checkSegment(record, path, context));
  problems.push(...checkAttributeFrames(record, path, context));
  return problems;
}
