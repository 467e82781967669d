/** One ISO-BMFF box inside a buffer: its four-character type and where its payload lies. */
export interface IsoBox {
  type: string;
  /** Offset of the box's first header byte. */
  start: number;
  /** Offset of the first payload byte, after the size, type and any 64-bit size. */
  payloadStart: number;
  /** Offset just past the box. */
  end: number;
}

/** The header of the box at `offset`, or undefined when it does not fit inside `limit`. */
export function readBoxHeader(buffer: Buffer, offset: number, limit: number): IsoBox | undefined {
  if (offset + 8 > limit) return undefined;
  const size32 = buffer.readUInt32BE(offset);
  const type = buffer.toString('latin1', offset + 4, offset + 8);
  let payloadStart = offset + 8;
  let size = size32;
  if (size32 === 1) {
    if (offset + 16 > limit) return undefined;
    size = Number(buffer.readBigUInt64BE(offset + 8));
    payloadStart = offset + 16;
  } else if (size32 === 0) {
    size = limit - offset;
  }
  if (size < payloadStart - offset || offset + size > limit) return undefined;
  return { type, start: offset, payloadStart, end: offset + size };
}

/** The boxes directly inside `parent`'s payload (or between `start` and `end`), in order. */
export function* childBoxes(buffer: Buffer, start: number, end: number): Generator<IsoBox> {
  let offset = start;
  while (offset < end) {
    const box = readBoxHeader(buffer, offset, end);
    if (!box) return;
    yield box;
    offset = box.end;
  }
}

/** Follows a path of box types (`['mdia', 'minf', 'stbl']`) down from `parent`. */
export function findBox(
  buffer: Buffer,
  parent: IsoBox,
  path: readonly string[],
): IsoBox | undefined {
  let current: IsoBox | undefined = parent;
  for (const type of path) {
    if (!current) return undefined;
    let next: IsoBox | undefined;
    for (const child of childBoxes(buffer, current.payloadStart, current.end)) {
      if (child.type === type) {
        next = child;
        break;
      }
    }
    current = next;
  }
  return current;
}
