import { useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LinkTarget } from '../commands/linkObjects.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import type { TextSpan } from '../transcript/TextSpan.ts';
import { linkTargetsOf } from './linkTargetsOf.ts';

/** The words selected in the transcript, the relation type chosen, and what linking does. */
export function useLinking(input: {
  session: ItemSession;
  snapshot: LayerSnapshot;
  selection: readonly string[];
  setSelection: (ids: string[]) => void;
  report: (message: string) => void;
}) {
  const { session, report } = input;
  const [textSpan, setTextSpan] = useState<TextSpan | null>(null);
  const [relationTypeId, setRelationTypeId] = useState<string | null>(null);
  const link = (from: LinkTarget, to: LinkTarget) => {
    const linked = session.commands.linkObjects({ relationTypeId, from, to });
    if (linked.ok) input.setSelection([linked.value]);
    else report(linked.error);
  };
  return {
    textSpan,
    setTextSpan,
    relationTypeId,
    setRelationTypeId,
    targets: linkTargetsOf(input.snapshot, input.selection, textSpan),
    /** What an instruction item would refer to: the selected words, else the one selected object. */
    referenceTarget: textSpan
      ? ({ kind: 'text', ...textSpan } satisfies LinkTarget)
      : input.selection.length === 1 && input.selection[0] !== undefined
        ? ({ kind: 'object', id: input.selection[0] } satisfies LinkTarget)
        : null,
    link,
    linkSelection() {
      const targets = linkTargetsOf(input.snapshot, input.selection, textSpan);
      if (targets) link(...targets);
      else report('select two objects, or words in the transcript and one object, to link them');
    },
    retype(linkId: string, typeId: string | null) {
      const changed = session.commands.retypeLink(linkId, typeId);
      if (!changed.ok) report(changed.error);
    },
  };
}
