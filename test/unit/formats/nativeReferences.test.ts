import { describe, expect, it } from 'vitest';
import { checkNativeReferences } from '../../../shared/formats/native/checkNativeReferences.ts';
import { checkSoundRecordReferences } from '../../../shared/formats/native/checkSoundRecordReferences.ts';
import type { NativeItem, NativeRecord } from '../../../shared/formats/native/nativeItemSchema.ts';
import type { NativeLink } from '../../../shared/formats/native/nativeLinkSchema.ts';
import type { NativeShape } from '../../../shared/formats/native/nativeShapeSchema.ts';
import { describeProblem } from '../../../shared/formats/native/NativeProblem.ts';
import type { NativeReferenceContext } from '../../../shared/formats/native/NativeReferenceContext.ts';
import { salvageNativeMedia } from '../../../shared/formats/native/salvageNativeMedia.ts';
import { sampleContext, sampleNativeItem } from './sampleNativeItem.ts';

function recordsOf(item: NativeItem): NativeRecord[] {
  return item.layers[0]!.records;
}

function problemLines(item: NativeItem, context: NativeReferenceContext = sampleContext()) {
  return checkNativeReferences(item, context).map(describeProblem);
}

function maskRecord(width: number, frames: number[]): NativeRecord {
  return {
    id: 'road',
    kind: 'mask',
    labelId: null,
    source: 'human',
    createdBy: 'ada',
    createdAt: 1,
    updatedBy: 'ada',
    attributes: {},
    width,
    height: 360,
    operations: frames.map((frame) => ({
      kind: 'stroke' as const,
      mode: 'paint' as const,
      frame,
      by: 'ada',
      atMs: 1,
      radius: 8,
      points: [40, 40],
    })),
  };
}

describe('the references of a native file', () => {
  it('accepts a mask of the media size painted inside the video, and refuses one that is not', () => {
    const fitting = sampleNativeItem();
    recordsOf(fitting).push(maskRecord(640, [0, 299]));
    expect(problemLines(fitting)).toEqual([]);
    const misfit = sampleNativeItem();
    recordsOf(misfit).push(maskRecord(320, [12, 300]));
    const index = recordsOf(misfit).length - 1;
    expect(problemLines(misfit)).toEqual([
      `layers[0].records[${index}].width: the mask is 320 × 360 pixels, but the media is 640 × 360`,
      `layers[0].records[${index}].operations[1].frame: frame 300 is after the end of the video (300 frames)`,
    ]);
  });

  it('finds nothing wrong with a file that fits its project and media', () => {
    expect(problemLines(sampleNativeItem())).toEqual([]);
  });

  it('refuses segments on unknown tiers and records with unknown labels', () => {
    const item = sampleNativeItem();
    const [track, first] = recordsOf(item);
    track!.labelId = 'bus';
    if (first!.kind === 'segment') first!.tierId = 'phones';
    expect(problemLines(item)).toEqual([
      'layers[0].records[0].labelId: label "bus" is not in the label schema of project street',
      'layers[0].records[1].tierId: tier "phones" is not in the label schema of project street',
    ]);
  });

  it('refuses keyframes past the last frame and segments past the end of the media', () => {
    const item = sampleNativeItem();
    const [track, , second] = recordsOf(item);
    if (track!.kind !== 'track' || second!.kind !== 'segment') throw new Error('unexpected sample');
    track!.keyframes['1204'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
    track!.keyframes['300'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
    second!.endMs = 10_001;
    expect(problemLines(item)).toEqual([
      'layers[0].records[0].keyframes["300"]: frame 300 is after the end of the video (300 frames, the last is 299)',
      'layers[0].records[0].keyframes["1204"]: frame 1204 is after the end of the video (300 frames, the last is 299)',
      'layers[0].records[2].endMs: 10001 ms is after the end of the media (10000 ms)',
    ]);
  });

  it('refuses tracks without keyframes and segments that end before they start', () => {
    const item = sampleNativeItem();
    const [track, first] = recordsOf(item);
    if (track!.kind !== 'track' || first!.kind !== 'segment') throw new Error('unexpected sample');
    track!.keyframes = {};
    first!.startMs = 2000;
    expect(problemLines(item)).toEqual([
      'layers[0].records[0].keyframes: a track needs at least one keyframe',
      'layers[0].records[1].endMs: the segment ends (1200 ms) before it starts (2000 ms)',
    ]);
  });

  it('refuses repeated ids and layers, and transcript blocks without their segment', () => {
    const item = sampleNativeItem();
    const layer = item.layers[0]!;
    layer.records.push({ ...layer.records[1]!, startMs: 5000, endMs: 6000 } as NativeRecord);
    layer.transcript.push({ segmentId: 'utt1', text: 'again' }, { segmentId: 'gone', text: '?' });
    item.layers.push({ ...layer, records: [], transcript: [], links: [] });
    expect(problemLines(item)).toEqual([
      'layers[1].layer: layer main appears twice (also as layers[0])',
      'layers[0].records[5].id: record id "utt1" is used twice in layer main (also by records[1])',
      'layers[0].transcript[3].segmentId: no segment "gone" in layer main',
      'layers[0].transcript[2].segmentId: segment "utt1" already has its text in transcript[0]',
    ]);
  });

  it('refuses annotations made on media with another frame rate', () => {
    const context = sampleContext();
    context.media = { ...context.media!, frameRate: { num: 30000, den: 1001 } };
    expect(problemLines(sampleNativeItem(), context)).toEqual([
      "item.media.frameRate: the annotations were made at 30/1 frames per second, but this item's media runs at 30000/1001; frame indexes would point at other moments",
    ]);
  });

  it('bounds nothing by the media when the item has none', () => {
    const item = sampleNativeItem();
    const track = recordsOf(item)[0]!;
    if (track.kind === 'track')
      track.keyframes['99999'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
    expect(problemLines(item, { ...sampleContext(), media: null })).toEqual([]);
  });
});

function shapeOf(item: NativeItem, id: string): NativeShape {
  const shape = recordsOf(item).find((record) => record.id === id);
  if (shape?.kind !== 'shape') throw new Error(`the sample has no shape ${id}`);
  return shape;
}

function linksOf(item: NativeItem): NativeLink[] {
  return item.layers[0]!.links;
}

describe('the shapes of a native file', () => {
  it('refuses keyframes past the last frame or twice at one frame', () => {
    const item = sampleNativeItem();
    const lane = shapeOf(item, 'lane');
    lane.keyframes.push(
      { ...lane.keyframes[0]!, frame: 300 },
      { ...lane.keyframes[1]!, frame: 10 },
    );
    expect(problemLines(item)).toEqual([
      'layers[0].records[3].keyframes[2].frame: frame 300 is after the end of the video (300 frames, the last is 299)',
      'layers[0].records[3].keyframes[3].frame: frame 10 already has a keyframe (keyframes[0])',
    ]);
  });

  it('refuses too few points for the geometry, visibility flags that miss points, and no keyframes', () => {
    const item = sampleNativeItem();
    const lane = shapeOf(item, 'lane');
    lane.keyframes[0]!.points = [0, 0, 100, 0];
    lane.keyframes[1]!.visible = [true, true];
    shapeOf(item, 'walker').keyframes = [];
    expect(problemLines(item)).toEqual([
      'layers[0].records[3].keyframes[0].points: a polygon needs at least 3 points; this keyframe has 2',
      'layers[0].records[3].keyframes[1].visible: 2 visibility flags for 4 points: one per point, or null when every point is visible',
      'layers[0].records[4].keyframes: a shape needs at least one keyframe',
    ]);
  });

  it('refuses skeletons whose template the label schema lacks or has with other points', () => {
    const item = sampleNativeItem();
    const walker = shapeOf(item, 'walker');
    walker.keyframes.push({ frame: 9, points: [1, 1, 2, 2], visible: null, outside: false });
    expect(problemLines(item)).toEqual([
      'layers[0].records[4].keyframes[1].points: skeleton person has 3 points in the label schema; this keyframe has 2',
    ]);
    walker.skeletonId = 'horse';
    expect(problemLines(item)).toEqual([
      'layers[0].records[4].skeletonId: skeleton "horse" is not in the label schema of project street',
    ]);
    walker.skeletonId = null;
    expect(problemLines(item)).toEqual([
      'layers[0].records[4].skeletonId: a skeleton names its template: skeletonId must be a skeleton of the label schema',
    ]);
  });

  it('refuses per-frame attribute values past the last frame', () => {
    const item = sampleNativeItem();
    shapeOf(item, 'lane').attributes['occluded@300'] = false;
    recordsOf(item)[0]!.attributes['speed@299'] = 12;
    expect(problemLines(item)).toEqual([
      'layers[0].records[3].attributes["occluded@300"]: frame 300 is after the end of the video (300 frames, the last is 299)',
    ]);
  });
});

describe('the links of a native file', () => {
  it('refuses ends pointing to records the layer does not have, naming the missing id', () => {
    const item = sampleNativeItem();
    const [drives, named] = linksOf(item);
    if (drives!.to.kind !== 'object' || named!.from.kind !== 'text')
      throw new Error('unexpected sample');
    drives!.to.objectId = 'bus9';
    named!.from.segmentId = 'car1';
    expect(problemLines(item)).toEqual([
      'layers[0].links[0].to.objectId: no record "bus9" in layer main',
      'layers[0].links[1].from.segmentId: record "car1" is not a segment: a text end points into an utterance',
    ]);
    named!.from.segmentId = 'utt9';
    expect(problemLines(item)).toEqual([
      'layers[0].links[0].to.objectId: no record "bus9" in layer main',
      'layers[0].links[1].from.segmentId: no segment "utt9" in layer main',
    ]);
  });

  it('refuses relation types the label schema does not declare, as it refuses labels', () => {
    const item = sampleNativeItem();
    linksOf(item)[1]!.relationTypeId = 'owns';
    expect(problemLines(item)).toEqual([
      'layers[0].links[1].relationTypeId: relation type "owns" is not in the label schema of project street',
    ]);
  });

  it('refuses text spans past the end of their utterance, and utterances without text', () => {
    const item = sampleNativeItem();
    const named = linksOf(item)[1]!;
    if (named.from.kind !== 'text') throw new Error('unexpected sample');
    named.from.to = 27;
    expect(problemLines(item)).toEqual([
      'layers[0].links[1].from.to: character 27 is past the end of the text of utterance utt2 (26 characters)',
    ]);
    named.from.to = 26;
    expect(problemLines(item)).toEqual([]);
    item.layers[0]!.transcript.pop();
    expect(problemLines(item)).toEqual([
      'layers[0].links[1].from.segmentId: segment "utt2" has no text in the transcript of layer main',
    ]);
  });

  it('accepts a text end whose words were deleted, whatever the transcript holds', () => {
    const item = sampleNativeItem();
    const named = linksOf(item)[1]!;
    named.from = { kind: 'text', segmentId: 'utt2', from: null, to: null, quote: 'Général' };
    item.layers[0]!.transcript.pop();
    expect(problemLines(item)).toEqual([]);
  });

  it('refuses time ranges that end before they start or after the media', () => {
    const item = sampleNativeItem();
    const drives = linksOf(item)[0]!;
    drives.from = { kind: 'object', objectId: 'walker', startMs: 12_000, endMs: 10_500 };
    expect(problemLines(item)).toEqual([
      "layers[0].links[0].from.endMs: the link's time range ends (10500 ms) before it starts (12000 ms)",
      'layers[0].links[0].from.startMs: 12000 ms is after the end of the media (10000 ms)',
      'layers[0].links[0].from.endMs: 10500 ms is after the end of the media (10000 ms)',
    ]);
  });

  it('refuses a link id used twice in a layer', () => {
    const item = sampleNativeItem();
    linksOf(item).push({ ...linksOf(item)[0]! });
    expect(problemLines(item)).toEqual([
      'layers[0].links[2].id: link id "drives" is used twice in layer main (also by links[0])',
    ]);
  });
});

describe('the references of a file that breaks the schema', () => {
  it('are checked on the links that are sound too, against every record that names an id', () => {
    const json = JSON.parse(JSON.stringify(sampleNativeItem()));
    json.layers[0].records[0].keyframes['12'].box.w = -1;
    json.layers[0].links[0].to.objectId = 'bus9';
    json.layers[0].links[1].relationTypeId = 7;
    expect(checkSoundRecordReferences(json, sampleContext()).map(describeProblem)).toEqual([
      'layers[0].links[0].to.objectId: no record "bus9" in layer main',
    ]);
  });

  it('are checked on the records that are sound, and skipped on the broken ones', () => {
    const json = JSON.parse(JSON.stringify(sampleNativeItem()));
    json.layers[0].records[0].keyframes['12'].box.w = -1;
    json.layers[0].records[0].labelId = 'bus';
    json.layers[0].records[1].tierId = 'phones';
    json.layers[0].records[2].endMs = 99_999;
    expect(checkSoundRecordReferences(json, sampleContext()).map(describeProblem)).toEqual([
      'layers[0].records[1].tierId: tier "phones" is not in the label schema of project street',
      'layers[0].records[2].endMs: 99999 ms is after the end of the media (10000 ms)',
    ]);
    expect(checkSoundRecordReferences('not a file', sampleContext())).toEqual([]);
  });

  it('take the media from the file when that part of it is sound', () => {
    const json = JSON.parse(JSON.stringify(sampleNativeItem()));
    expect(salvageNativeMedia(json)).toEqual(sampleNativeItem().item.media);
    json.item.media.width = -1;
    expect(salvageNativeMedia(json)).toBeNull();
    expect(salvageNativeMedia(null)).toBeNull();
  });
});
