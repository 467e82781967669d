import { useState } from 'react';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';

/** The label new boxes get, and labelling the selection with a label (a toolbar click or its hotkey). */
export function useLabelling(
  labels: readonly Label[],
  selection: readonly string[],
  commands: EditorCommands,
  report: (message: string) => void,
): { activeLabelId: string | null; applyLabel: (labelId: string) => void } {
  const [chosenLabelId, setChosenLabelId] = useState<string | null>(null);
  const activeLabelId = chosenLabelId ?? labels[0]?.id ?? null;
  const applyLabel = (labelId: string) => {
    setChosenLabelId(labelId);
    if (selection.length === 0) return;
    const result = commands.setObjectsLabel(selection, labelId);
    if (!result.ok) report(result.error);
  };
  return { activeLabelId, applyLabel };
}
