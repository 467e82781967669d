import type { CommentAnchor } from '../../shared/agreement/commentThread.ts';
import { formatMediaTime } from '../timeline/formatMediaTime.ts';

/** Where a comment is pinned, as a reviewer reads it: "frame 12", "0:01.200–0:02.000", "Ana’s object k3f at frame 12". */
export function describeAnchor(anchor: CommentAnchor, whoOf: (layer: string) => string): string {
  if (anchor.kind === 'frame') return `frame ${anchor.frame}`;
  if (anchor.kind === 'time') {
    return `${formatMediaTime(anchor.startMs, true)}–${formatMediaTime(anchor.endMs, true)}`;
  }
  const at = anchor.frame === null ? '' : ` at frame ${anchor.frame}`;
  return `${whoOf(anchor.layer)}’s object ${anchor.objectId}${at}`;
}
