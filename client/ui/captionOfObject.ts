import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';

const SHORT_ID_LENGTH = 6;

/** How a history entry names an object: its label and kind, found then or now, and a short id. */
export function captionOfObject(
  objectId: string,
  snapshots: readonly LayerSnapshot[],
  labels: readonly Label[],
): string {
  const shortId =
    objectId.length > SHORT_ID_LENGTH ? `${objectId.slice(0, SHORT_ID_LENGTH)}…` : objectId;
  for (const snapshot of snapshots) {
    const track = snapshot.tracks.find((each) => each.id === objectId);
    const segment = track ? undefined : snapshot.segments.find((each) => each.id === objectId);
    const record = track ?? segment;
    if (!record) continue;
    const label = labels.find((each) => each.id === record.labelId)?.name ?? 'unlabelled';
    return `${label} ${track ? 'track' : 'segment'} ${shortId}`;
  }
  return `object ${shortId}`;
}
