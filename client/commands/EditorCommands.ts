import type { Box } from '../../shared/schema/box.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { CommandContext } from './CommandContext.ts';
import type { NewBoxTrack } from './createBoxTrack.ts';
import { createBoxTrack } from './createBoxTrack.ts';
import type { NewSegmentInput } from './createSegment.ts';
import { createSegment } from './createSegment.ts';
import type { NewShapeInput } from './createShapeAt.ts';
import { createShapeAt } from './createShapeAt.ts';
import type { ShapeEdit } from './editShapeAt.ts';
import { editShapeAt } from './editShapeAt.ts';
import type { LinkTarget } from './linkObjects.ts';
import { linkObjects } from './linkObjects.ts';
import { retypeLink } from './retypeLink.ts';
import { setAttributeValue } from './setAttributeValue.ts';
import type { InstructionCommands } from './instructionCommands.ts';
import { createInstructionCommands } from './instructionCommands.ts';
import { toggleTag } from './toggleTag.ts';
import type { MaskRegion } from './fillMaskRegion.ts';
import { fillMaskRegion } from './fillMaskRegion.ts';
import type { AttributeValue } from '../../shared/schema/recordBase.ts';
import { deleteKeyframe } from './deleteKeyframe.ts';
import { deleteObjects } from './deleteObjects.ts';
import { deleteSegment } from './deleteSegment.ts';
import { deleteTrack } from './deleteTrack.ts';
import { mergeTracks } from './mergeTracks.ts';
import { moveSegment } from './moveSegment.ts';
import { propagateBox } from './propagateBox.ts';
import { splitTrack } from './splitTrack.ts';
import type { MaskStroke } from './paintMask.ts';
import { paintMask } from './paintMask.ts';
import { setBoxAtFrame } from './setBoxAtFrame.ts';
import { setObjectsLabel } from './setObjectsLabel.ts';
import { setSegmentLabel } from './setSegmentLabel.ts';
import { setSegmentSpeaker } from './setSegmentSpeaker.ts';
import { setTrackLabel } from './setTrackLabel.ts';
import { toggleOutside } from './toggleOutside.ts';
import type { SegmentEnds } from './trimSegment.ts';
import { trimSegment } from './trimSegment.ts';

export type { CommandContext } from './CommandContext.ts';
export type { NewBoxTrack } from './createBoxTrack.ts';
export type { NewSegmentInput } from './createSegment.ts';
export type { MaskStroke } from './paintMask.ts';
export type { NewShapeInput } from './createShapeAt.ts';
export type { ShapeEdit } from './editShapeAt.ts';
export type { LinkTarget } from './linkObjects.ts';
export type { SegmentEnds } from './trimSegment.ts';

/**
 * Every edit the editor offers on a layer, bound to one document. Each call is one user intent in one
 * transaction with the local origin (so it is one undo step), and returns a Result instead of throwing.
 */
export interface EditorCommands extends InstructionCommands {
  createBoxTrack(input: NewBoxTrack): Result<string>;
  setBoxAtFrame(trackId: string, frame: number, box: Box): Result<true>;
  toggleOutside(trackId: string, frame: number): Result<boolean>;
  deleteTrack(trackId: string): Result<true>;
  deleteKeyframe(trackId: string, frame: number): Result<true>;
  setTrackLabel(trackId: string, labelId: string | null): Result<true>;
  createSegment(input: NewSegmentInput): Result<string>;
  moveSegment(segmentId: string, startMs: number): Result<true>;
  trimSegment(segmentId: string, ends: SegmentEnds): Result<true>;
  setSegmentLabel(segmentId: string, labelId: string | null): Result<true>;
  setSegmentSpeaker(segmentId: string, speaker: string | null): Result<true>;
  deleteSegment(segmentId: string): Result<true>;
  deleteObjects(recordIds: readonly string[]): Result<number>;
  setObjectsLabel(recordIds: readonly string[], labelId: string | null): Result<number>;
  paintMask(stroke: MaskStroke): Result<string>;
  propagateBox(input: {
    trackId: string;
    frame: number;
    count: number;
    lastFrame: number;
  }): Result<number>;
  splitTrack(trackId: string, frame: number): Result<string>;
  mergeTracks(keptId: string, otherId: string): Result<number>;
  createShape(input: NewShapeInput): Result<string>;
  editShape(shapeId: string, frame: number, edit: ShapeEdit): Result<true>;
  linkObjects(input: {
    relationTypeId: string | null;
    from: LinkTarget;
    to: LinkTarget;
  }): Result<string>;
  retypeLink(linkId: string, relationTypeId: string | null): Result<true>;
  setAttributeValue(
    recordId: string,
    attribute: { id: string; frame: number | null },
    value: AttributeValue | null,
  ): Result<true>;
  toggleTag(labelId: string): Result<'added' | 'removed'>;
  fillMaskRegion(input: MaskRegion): Result<string>;
}

/** Binds every command to one layer document and author. */
export function createEditorCommands(context: CommandContext): EditorCommands {
  return {
    createBoxTrack: (input) => createBoxTrack(context, input),
    setBoxAtFrame: (trackId, frame, box) => setBoxAtFrame(context, trackId, frame, box),
    toggleOutside: (trackId, frame) => toggleOutside(context, trackId, frame),
    deleteTrack: (trackId) => deleteTrack(context, trackId),
    deleteKeyframe: (trackId, frame) => deleteKeyframe(context, trackId, frame),
    setTrackLabel: (trackId, labelId) => setTrackLabel(context, trackId, labelId),
    createSegment: (input) => createSegment(context, input),
    moveSegment: (segmentId, startMs) => moveSegment(context, segmentId, startMs),
    trimSegment: (segmentId, ends) => trimSegment(context, segmentId, ends),
    setSegmentLabel: (segmentId, labelId) => setSegmentLabel(context, segmentId, labelId),
    setSegmentSpeaker: (segmentId, speaker) => setSegmentSpeaker(context, segmentId, speaker),
    deleteSegment: (segmentId) => deleteSegment(context, segmentId),
    deleteObjects: (recordIds) => deleteObjects(context, recordIds),
    setObjectsLabel: (recordIds, labelId) => setObjectsLabel(context, recordIds, labelId),
    paintMask: (stroke) => paintMask(context, stroke),
    propagateBox: (input) => propagateBox(context, input),
    splitTrack: (trackId, frame) => splitTrack(context, trackId, frame),
    mergeTracks: (keptId, otherId) => mergeTracks(context, keptId, otherId),
    createShape: (input) => createShapeAt(context, input),
    editShape: (shapeId, frame, edit) => editShapeAt(context, shapeId, frame, edit),
    linkObjects: (input) => linkObjects(context, input),
    retypeLink: (linkId, relationTypeId) => retypeLink(context, linkId, relationTypeId),
    setAttributeValue: (recordId, attribute, value) =>
      setAttributeValue(context, recordId, attribute, value),
    toggleTag: (labelId) => toggleTag(context, labelId),
    fillMaskRegion: (input) => fillMaskRegion(context, input),
    ...createInstructionCommands(context),
  };
}
