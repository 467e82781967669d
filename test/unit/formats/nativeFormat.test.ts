import { describe, expect, it } from 'vitest';
import { decodeNativeItem } from '../../../shared/formats/native/decodeNativeItem.ts';
import { encodeNativeItem } from '../../../shared/formats/native/encodeNativeItem.ts';
import type { NativeProblem } from '../../../shared/formats/native/NativeProblem.ts';
import { describeProblem } from '../../../shared/formats/native/NativeProblem.ts';
import { sampleNativeItem } from './sampleNativeItem.ts';

// These tests break the file on purpose, in places its type does not allow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenJson = any;

/** The sample as parsed JSON, to break in one place. */
function sampleJson(): BrokenJson {
  return JSON.parse(encodeNativeItem(sampleNativeItem())) as BrokenJson;
}

function problemsOf(text: string): readonly NativeProblem[] {
  const decoded = decodeNativeItem(text);
  if (decoded.ok) throw new Error('the file was accepted');
  return decoded.problems;
}

function linesOf(json: unknown): string[] {
  return problemsOf(JSON.stringify(json)).map(describeProblem);
}

describe('the native format', () => {
  it('reads back exactly what it wrote', () => {
    const item = sampleNativeItem();
    const decoded = decodeNativeItem(encodeNativeItem(item));
    expect(decoded).toEqual({ ok: true, value: item });
  });

  it('writes the same bytes whatever order the model was built in', () => {
    const item = sampleNativeItem();
    const shuffled = sampleNativeItem();
    const track = shuffled.layers[0]!.records[0]!;
    if (track.kind !== 'track') throw new Error('the sample starts with a track');
    track.attributes = { parked: false, colour: 'red' };
    track.keyframes = {
      '204': track.keyframes['204']!,
      '12': { outside: false, box: { h: 40, w: 30, y: 20, x: 10 } },
    };
    const lane = shuffled.layers[0]!.records[3]!;
    if (lane.kind !== 'shape') throw new Error('the sample has a polygon fourth');
    lane.keyframes.reverse();
    lane.keyframes[0] = {
      outside: false,
      visible: null,
      points: [5, 0, 105, 0, 105, 55, 0, 60],
      frame: 40,
    };
    const link = shuffled.layers[0]!.links[0]!;
    link.from = { endMs: 1000, startMs: 0, objectId: 'walker', kind: 'object' };
    expect(encodeNativeItem(shuffled)).toBe(encodeNativeItem(item));
  });

  it('writes a shape keyframe and a link end on one line each', () => {
    const text = encodeNativeItem(sampleNativeItem());
    expect(text).toContain(
      '{"frame":10,"points":[0,0,100,0,100,50],"visible":null,"outside":false}',
    );
    expect(text).toContain(
      '"from": {"kind":"text","segmentId":"utt2","from":0,"to":7,"quote":"Général"},',
    );
  });

  it('reads a file of version 1, which had no shapes and no links, as one without links', () => {
    const json = sampleJson();
    json.version = 1;
    const layer = json.layers[0];
    layer.records = layer.records.filter((record: BrokenJson) => record.kind !== 'shape');
    delete layer.links;
    const decoded = decodeNativeItem(JSON.stringify(json));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    expect(decoded.value.version).toBe(2);
    expect(decoded.value.layers[0]!.links).toEqual([]);
    expect(decoded.value.layers[0]!.records.map((record) => record.id)).toEqual([
      'car1',
      'utt1',
      'utt2',
    ]);
  });

  it('names the path of every malformed shape, link and attribute key', () => {
    const json = sampleJson();
    const [track, , , lane] = json.layers[0].records;
    track.attributes['colour@x'] = 'blue';
    lane.keyframes[0].points.push(7);
    lane.keyframes[1].frame = -1;
    lane.geometry = 'circle';
    const [drives, named] = json.layers[0].links;
    drives.from.kind = 'region';
    named.from.to = null;
    named.to = { kind: 'text', segmentId: 'utt1', from: 5, to: 5, quote: '' };
    delete json.layers[0].links[1].createdAt;
    expect(linesOf(json)).toEqual([
      'layers[0].records[0].attributes["colour@x"]: is not an attribute id, nor an attribute id and a frame like colour@12',
      'layers[0].records[3].geometry: expected "polygon" or "polyline" or "points" or "skeleton", got "circle"',
      'layers[0].records[3].keyframes[0].points: points must be x, y pairs',
      'layers[0].records[3].keyframes[1].frame: expected a number ≥ 0, got -1',
      'layers[0].links[0].from.kind: expected "object" or "text", got "region"',
      'layers[0].links[1].from.to: from and to are both character offsets, or both null when the words were deleted',
      'layers[0].links[1].to.to: the span ends (to 5) before it starts (from 5): a span holds at least one character',
      'layers[0].links[1].createdAt: is missing: expected a number',
    ]);
  });

  it('starts with the envelope and keeps one keyframe on one line', () => {
    const text = encodeNativeItem(sampleNativeItem());
    expect(text.split('\n').slice(1, 4)).toEqual([
      '  "format": "concord.item",',
      '  "version": 2,',
      '  "exportedAt": "2025-03-04T10:20:30.000Z",',
    ]);
    expect(text).toContain('"12": {"box":{"x":10,"y":20,"w":30,"h":40},"outside":false}');
  });

  it('says where the JSON breaks', () => {
    const [problem, ...rest] = problemsOf('{"format": "concord.item",\n  "version": 1,,\n}');
    expect(rest).toEqual([]);
    expect(problem!.path).toBe('');
    expect(problem!.message).toMatch(/^the file is not valid JSON: .*line 2/);
  });

  it('refuses a file of another format or a newer layout before reading its records', () => {
    expect(linesOf({ ...sampleJson(), format: 'coco' })).toEqual([
      'format: expected "concord.item", got "coco": this is not a Concord item file',
    ]);
    expect(linesOf({ ...sampleJson(), version: 3 })).toEqual([
      'version: version 3 is newer than this server reads (2); update Concord to import this file',
    ]);
    expect(linesOf({ ...sampleJson(), version: 0 })).toEqual([
      'version: expected a version from 1 to 2, got 0',
    ]);
    expect(linesOf([1, 2])).toEqual(['expected a JSON object: this is not a Concord item file']);
  });

  it('refuses schema versions newer than this build', () => {
    const json = sampleJson();
    json.schemaVersions.records.segment = 99;
    json.layers[0].meta.schemaVersion = 7;
    expect(linesOf(json)).toEqual([
      'schemaVersions.records.segment: version 99 is newer than this server understands (0); update Concord to import this file',
      'layers[0].meta.schemaVersion: version 7 is newer than this server understands (1); update Concord to import this file',
    ]);
  });

  it('names the path of a negative box width', () => {
    const json = sampleJson();
    json.layers[0].records[0].keyframes['204'].box.w = -5;
    expect(linesOf(json)).toEqual([
      'layers[0].records[0].keyframes["204"].box.w: expected a number ≥ 0, got -5',
    ]);
  });

  it('reports every bad field of every record, not just the first', () => {
    const json = sampleJson();
    const [track, first, second] = json.layers[0].records;
    track.keyframes['012'] = { box: { x: 0, y: 0, w: 1, h: 1 }, outside: false };
    track.keyframes['30'] = { box: { x: 'left', y: 0, w: 1, h: 1 } };
    first.kind = 'blob';
    second.startMs = 1.5;
    delete second.tierId;
    json.layers[0].transcript.push({ segmentId: 'utt2', text: 7 });
    expect(linesOf(json)).toEqual([
      'layers[0].records[0].keyframes["30"].box.x: expected a number, got "left"',
      'layers[0].records[0].keyframes["30"].outside: is missing: expected true or false',
      'layers[0].records[0].keyframes["012"]: is not a frame index: a whole number written without leading zeros',
      'layers[0].records[1].kind: expected "track" or "shape" or "mask" or "segment", got "blob"',
      'layers[0].records[2].tierId: is missing: expected a string',
      'layers[0].records[2].startMs: expected a whole number, got 1.5',
      'layers[0].transcript[2].text: expected a string, got 7',
    ]);
  });

  it('keeps messages a schema declares itself', () => {
    const json = sampleJson();
    json.item.media.sha256 = 'not-a-digest';
    json.exportedAt = 'yesterday';
    expect(linesOf(json)).toEqual([
      'exportedAt: expected a UTC date-time like 2025-01-31T12:00:00.000Z',
      'item.media.sha256: must be 64 lowercase hexadecimal digits',
    ]);
  });
});

describe('a file that is not JSON', () => {
  it('is placed by line and column even when it ends early', () => {
    expect(problemsOf('{\n  "format": "concord.item",\n  "layers": [')).toEqual([
      {
        path: '',
        message:
          'the file is not valid JSON: Unexpected end of JSON input (line 3 column 14, where the file ends)',
      },
    ]);
  });
});
