import { describe, expect, it } from 'vitest';
import { decodeKeyframeBase, encodeKeyframeBase } from '../../../shared/doc/keyframeBase.ts';
import type { FramedKeyframe } from '../../../shared/schema/keyframe.ts';
import { MAX_FRAME_INDEX } from '../../../shared/schema/keyframe.ts';

function keyframe(frame: number, x: number, outside = false): FramedKeyframe {
  return { frame, box: { x, y: x / 2, w: 40, h: 30 }, outside };
}

function encoded(keyframes: readonly FramedKeyframe[]): Uint8Array {
  const result = encodeKeyframeBase(keyframes);
  if (!result.ok) throw new Error(`expected an encoding, got: ${result.error}`);
  return result.value;
}

function decoded(bytes: Uint8Array): FramedKeyframe[] {
  const result = decodeKeyframeBase(bytes);
  if (!result.ok) throw new Error(`expected keyframes, got: ${result.error}`);
  return result.value;
}

function errorOf(result: { ok: true } | { ok: false; error: string }): string {
  return result.ok ? '(no error)' : result.error;
}

/** A tracker's output: every frame of a span, boxes drifting in steps of 0.01 px. */
function denseTrack(count: number): FramedKeyframe[] {
  return Array.from({ length: count }, (_, index) => ({
    frame: 1_000 + index,
    box: {
      x: Math.round((300 + 40 * Math.sin(index / 50)) * 100) / 100,
      y: Math.round((200 + 25 * Math.cos(index / 70)) * 100) / 100,
      w: Math.round((80 + index / 100) * 100) / 100,
      h: 120.5,
    },
    outside: index % 500 > 490,
  }));
}

describe('the keyframe base codec', () => {
  it('gives back exactly the keyframes it was given', () => {
    const keyframes = [
      keyframe(0, 12, true),
      keyframe(1, 13.25),
      keyframe(2, -4.5),
      keyframe(9, 1e9),
      keyframe(MAX_FRAME_INDEX, 7),
    ];
    expect(decoded(encoded(keyframes))).toEqual(keyframes);
  });

  it('keeps full-precision doubles, float32 values and negative zero bit for bit', () => {
    const keyframes: FramedKeyframe[] = [
      { frame: 3, box: { x: Math.PI, y: -0, w: Math.fround(0.1), h: 1 / 3 }, outside: false },
      { frame: 4, box: { x: Math.E, y: 0, w: Math.fround(7.3), h: 2 / 3 }, outside: true },
    ];
    const [first, second] = decoded(encoded(keyframes));
    expect(Object.is(first?.box.y, -0)).toBe(true);
    expect(first?.box).toEqual(keyframes[0]?.box);
    expect(second?.box).toEqual(keyframes[1]?.box);
  });

  it('encodes an empty list and a single keyframe', () => {
    expect(decoded(encoded([]))).toEqual([]);
    expect(decoded(encoded([keyframe(42, 5)]))).toEqual([keyframe(42, 5)]);
  });

  it('stores a dense tracker track in about a byte per number', () => {
    const keyframes = denseTrack(3_600);
    const bytes = encoded(keyframes);
    expect(decoded(bytes)).toEqual(keyframes);
    expect(bytes.length / keyframes.length).toBeLessThan(8);
  });

  it('refuses keyframes out of order, repeated, off the frame grid or with broken boxes', () => {
    expect(errorOf(encodeKeyframeBase([keyframe(5, 1), keyframe(4, 1)]))).toMatch(/frame 4/);
    expect(errorOf(encodeKeyframeBase([keyframe(5, 1), keyframe(5, 1)]))).toMatch(/frame 5/);
    expect(errorOf(encodeKeyframeBase([keyframe(-1, 1)]))).toMatch(/frame -1/);
    expect(errorOf(encodeKeyframeBase([keyframe(2.5, 1)]))).toMatch(/frame 2.5/);
    expect(errorOf(encodeKeyframeBase([keyframe(MAX_FRAME_INDEX + 1, 1)]))).toMatch(/at most/);
    expect(errorOf(encodeKeyframeBase([keyframe(0, Number.NaN)]))).toMatch(/frame 0/);
    const negativeWidth = { frame: 7, box: { x: 0, y: 0, w: -1, h: 1 }, outside: false };
    expect(errorOf(encodeKeyframeBase([negativeWidth]))).toMatch(/non-negative/);
  });

  it('refuses bytes from a newer format, asking for a reload', () => {
    const bytes = encoded([keyframe(1, 1)]);
    bytes[0] = 2;
    expect(errorOf(decodeKeyframeBase(bytes))).toMatch(/format 2 .* reload/);
  });

  it('refuses every truncation of a valid base and bytes trailing it', () => {
    const bytes = encoded(denseTrack(40));
    for (let length = 0; length < bytes.length; length += 1) {
      expect(decodeKeyframeBase(bytes.subarray(0, length)).ok, `first ${length} bytes`).toBe(false);
    }
    const padded = new Uint8Array([...bytes, 0]);
    expect(errorOf(decodeKeyframeBase(padded))).toMatch(/1 bytes follow/);
  });

  it('refuses a count that cannot fit before allocating for it', () => {
    // Format 1, then a varint count of 2^35 keyframes, in six bytes.
    const bytes = new Uint8Array([1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    expect(errorOf(decodeKeyframeBase(bytes))).toMatch(/cannot fit/);
  });

  it('refuses an unknown column mode and boxes that decode to infinities', () => {
    const bytes = encoded([keyframe(1, 1)]);
    const lastColumnMode = bytes.length - 2;
    const unknownMode = bytes.slice();
    unknownMode[lastColumnMode] = 0x7f;
    expect(errorOf(decodeKeyframeBase(unknownMode))).toMatch(/mode 127/);
    // One keyframe at frame 1, inside; x as float64 +Infinity; y, w and h as zero deltas.
    const header = [1, 1, 1, 1, 1, 1, 1];
    const infiniteX = [0x40, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f];
    const withInfinity = new Uint8Array([...header, ...infiniteX, 0, 0, 0, 0, 0, 0]);
    expect(errorOf(decodeKeyframeBase(withInfinity))).toMatch(/frame 1 is not finite/);
  });
});
