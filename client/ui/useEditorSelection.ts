import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { PresenceChannel } from '../collab/createPresence.ts';

/** The user's selection: only ids still in the layer, shared with others through presence. */
export function useEditorSelection(
  snapshot: LayerSnapshot,
  presence: PresenceChannel,
): [readonly string[], (ids: string[]) => void] {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const selection = useMemo(() => {
    const present = new Set(
      [
        ...snapshot.tracks,
        ...snapshot.segments,
        ...snapshot.masks,
        ...snapshot.shapes,
        ...snapshot.links,
      ].map((record) => record.id),
    );
    const kept = chosen.filter((id) => present.has(id));
    return kept.length === chosen.length ? chosen : kept;
  }, [chosen, snapshot]);
  useEffect(() => presence.setSelection(selection), [presence, selection]);
  const select = useCallback((ids: string[]) => setChosen([...new Set(ids)]), []);
  return [selection, select];
}
