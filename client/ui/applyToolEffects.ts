import type { EditorCommands } from '../commands/EditorCommands.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';

/**
 * On an image set each image is annotated on its own: a box drawn on image i is a track that goes
 * outside on image i + 1, so it is not held onto the images after it (nor exported there). Within
 * the undo capture window, so one undo removes both.
 */
function endOnNextImage(
  context: {
    commands: EditorCommands;
    imageSetFrameCount: number | null;
    report: (message: string) => void;
  },
  trackId: string,
  frame: number,
): void {
  const { imageSetFrameCount } = context;
  if (imageSetFrameCount === null || frame + 1 >= imageSetFrameCount) return;
  const ended = context.commands.toggleOutside(trackId, frame + 1);
  if (!ended.ok) context.report(ended.error);
}

/** Turns what the box tool asked for into commands at the frame on screen. */
export function applyToolEffects(
  effects: readonly BoxToolEffect[],
  context: {
    commands: EditorCommands;
    frame: number;
    activeLabelId: string | null;
    setSelection: (ids: string[]) => void;
    report: (message: string) => void;
    /** The number of images of an image item; null for video. */
    imageSetFrameCount: number | null;
  },
): void {
  const { commands, frame } = context;
  for (const effect of effects) {
    switch (effect.type) {
      case 'select':
        context.setSelection(effect.trackIds);
        break;
      case 'createTrack': {
        const created = commands.createBoxTrack({
          frame,
          box: effect.box,
          labelId: context.activeLabelId,
        });
        if (!created.ok) {
          context.report(created.error);
          break;
        }
        endOnNextImage(context, created.value, frame);
        context.setSelection([created.value]);
        break;
      }
      case 'setBox': {
        const placed = commands.setBoxAtFrame(effect.trackId, frame, effect.box);
        if (!placed.ok) context.report(placed.error);
        break;
      }
      case 'delete': {
        const deleted = commands.deleteObjects(effect.trackIds);
        if (deleted.ok) context.setSelection([]);
        else context.report(deleted.error);
        break;
      }
    }
  }
}
