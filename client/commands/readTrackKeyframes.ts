import type { YRecord } from '../../shared/doc/layerRoots.ts';
import { readKeyframes } from '../../shared/doc/readKeyframes.ts';
import type { KeyframeView } from '../../shared/doc/readLayer.ts';

/** A track record's readable keyframes (base under overlay), sorted by frame, exactly as readLayer reads them. */
export function readTrackKeyframes(record: YRecord): readonly KeyframeView[] {
  return readKeyframes(String(record.get('id') ?? ''), record, []);
}
