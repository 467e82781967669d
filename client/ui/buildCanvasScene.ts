import type { Label } from '../../shared/schema/labelSchema.ts';
import type {
  CanvasCursor,
  CanvasLink,
  CanvasMask,
  CanvasScene,
  CanvasShape,
  StrokePreview,
} from '../canvas/CanvasScene.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';
import type { BoxPreview } from '../tools/boxToolPreview.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';

const UNLABELLED_COLOUR = '#9e9e9e';

/** What the canvas draws at a frame: visible boxes (outside ones only when selected), preview and peers' pointers. */
export function buildCanvasScene(input: {
  boxes: readonly FrameBox[];
  labels: readonly Label[];
  selection: readonly string[];
  preview: BoxPreview | null;
  peers: readonly PeerPresence[];
  canWrite: boolean;
  masks: readonly CanvasMask[];
  shapes: readonly CanvasShape[];
  links: readonly CanvasLink[];
  strokePreview: StrokePreview | null;
}): CanvasScene {
  const labelsById = new Map(input.labels.map((label) => [label.id, label]));
  const holders = new Map<string, { name: string; colour: string }[]>();
  for (const peer of input.peers) {
    for (const id of peer.selection ?? []) {
      holders.set(id, [
        ...(holders.get(id) ?? []),
        { name: peer.user.name, colour: peer.user.colour },
      ]);
    }
  }
  const boxes = input.boxes
    .filter((box) => !box.outside || input.selection.includes(box.trackId))
    .map((box) => {
      const label = box.labelId ? labelsById.get(box.labelId) : undefined;
      return {
        trackId: box.trackId,
        box: box.box,
        outside: box.outside,
        isKeyframe: box.isKeyframe,
        selected: input.selection.includes(box.trackId),
        colour: label?.colour ?? UNLABELLED_COLOUR,
        caption: label?.name ?? 'no label',
        heldBy: holders.get(box.trackId) ?? [],
      };
    });
  const cursors: CanvasCursor[] = input.peers.flatMap((peer) =>
    peer.cursor
      ? [
          {
            clientId: peer.clientId,
            name: peer.user.name,
            colour: peer.user.colour,
            x: peer.cursor.x,
            y: peer.cursor.y,
          },
        ]
      : [],
  );
  return {
    boxes,
    masks: input.masks,
    shapes: input.shapes,
    links: input.links,
    strokePreview: input.strokePreview,
    preview: input.preview,
    cursors,
    showHandles: input.canWrite,
  };
}
