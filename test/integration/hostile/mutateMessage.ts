import * as prng from 'lib0/prng';

type Generator = ReturnType<typeof prng.create>;

/** Ways a hostile client bends a valid message. */
const MUTATIONS = ['random', 'flip', 'truncate', 'extend', 'splice', 'replay'] as const;

/**
 * A message a hostile client might send: random bytes, or a captured valid message with bits
 * flipped, cut short, extended or partly overwritten. Most changes land after the document
 * name, so most messages still reach the document under attack.
 */
export function mutateMessage(
  generator: Generator,
  captured: readonly Uint8Array[],
  protectedPrefixBytes: number,
): Uint8Array {
  const kind = prng.oneOf(generator, [...MUTATIONS]);
  if (kind === 'random') return prng.uint8Array(generator, prng.int32(generator, 0, 300));
  const original = prng.oneOf(generator, [...captured]) as Uint8Array;
  const bytes = Uint8Array.from(original);
  const from = prng.int32(generator, 0, 9) < 8 ? Math.min(protectedPrefixBytes, bytes.length) : 0;
  const at = () => prng.int32(generator, from, Math.max(from, bytes.length - 1));
  switch (kind) {
    case 'flip':
      for (let flips = prng.int32(generator, 1, 8); flips > 0; flips -= 1) {
        const index = at();
        if (index < bytes.length)
          bytes[index] = (bytes[index] ?? 0) ^ (1 << prng.int32(generator, 0, 7));
      }
      return bytes;
    case 'truncate':
      return bytes.slice(0, at());
    case 'extend':
      return concat(bytes, prng.uint8Array(generator, prng.int32(generator, 1, 64)));
    case 'splice': {
      const start = at();
      const noise = prng.uint8Array(generator, prng.int32(generator, 1, 16));
      return concat(bytes.slice(0, start), noise, bytes.slice(start + noise.length));
    }
    case 'replay':
      return bytes;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
