import type { EditorCommands } from '../commands/EditorCommands.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';

/** Turns what the box tool asked for into commands at the frame on screen. */
export function applyToolEffects(
  effects: readonly BoxToolEffect[],
  context: {
    commands: EditorCommands;
    frame: number;
    activeLabelId: string | null;
    setSelection: (ids: string[]) => void;
    report: (message: string) => void;
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
        if (created.ok) context.setSelection([created.value]);
        else context.report(created.error);
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
