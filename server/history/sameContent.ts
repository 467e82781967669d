import * as Y from 'yjs';

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.byteLength === right.byteLength && left.every((byte, index) => byte === right[index]);
}

function samePlain(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left instanceof Uint8Array || right instanceof Uint8Array) {
    return left instanceof Uint8Array && right instanceof Uint8Array && sameBytes(left, right);
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  return leftKeys.every(
    (key) => key in rightRecord && samePlain(leftRecord[key], rightRecord[key]),
  );
}

function sameType(left: Y.AbstractType<unknown>, right: Y.AbstractType<unknown>): boolean {
  if (left.constructor !== right.constructor) return false;
  // XmlText is a Text: compare deltas, which keep formatting that toJSON drops.
  if (left instanceof Y.Text && right instanceof Y.Text) {
    return samePlain(left.toDelta(), right.toDelta());
  }
  if (left instanceof Y.XmlFragment && right instanceof Y.XmlFragment) {
    return left.toString() === right.toString();
  }
  return samePlain(left.toJSON(), right.toJSON());
}

/**
 * Whether two values stored in Yjs (JSON, bytes or shared types, possibly from different
 * documents) hold the same content.
 */
export function sameContent(left: unknown, right: unknown): boolean {
  if (left instanceof Y.AbstractType || right instanceof Y.AbstractType) {
    return (
      left instanceof Y.AbstractType && right instanceof Y.AbstractType && sameType(left, right)
    );
  }
  return samePlain(left, right);
}
