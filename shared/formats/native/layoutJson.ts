const INDENT = '  ';

type JsonObject = Record<string, unknown>;

function isContainer(value: unknown): value is readonly unknown[] | JsonObject {
  return typeof value === 'object' && value !== null;
}

/** Keys of an object whose values JSON writes (it leaves undefined out). */
function writtenKeys(value: JsonObject): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** Most leaves a value may hold to be tried on one line; bigger ones never fit a line. */
const MAX_INLINE_LEAVES = 32;

/** How many leaves are left of `allowance` after counting the value's; negative once it holds more. */
function leavesLeft(value: unknown, allowance: number): number {
  if (!isContainer(value)) return allowance - 1;
  let left = allowance;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    left = leavesLeft(item, left);
    if (left < 0) return left;
  }
  return left;
}

/** The value as compact JSON on one line, or null when it is longer than `budget` characters. */
function inline(value: unknown, budget: number): string | null {
  if (isContainer(value) && leavesLeft(value, MAX_INLINE_LEAVES) < 0) return null;
  // JSON writes an undefined list entry as null.
  const text = JSON.stringify(value) ?? 'null';
  return text.length <= budget ? text : null;
}

/** Appends the value to `out`, one entry per line when it does not fit on one. */
function layout(value: unknown, indent: string, budget: number, out: string[], maxLength: number) {
  const short = inline(value, budget);
  if (short !== null || !isContainer(value)) {
    out.push(short ?? JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = indent + INDENT;
  const isArray = Array.isArray(value);
  const keys = isArray ? null : writtenKeys(value as JsonObject);
  const count = isArray ? (value as readonly unknown[]).length : (keys as string[]).length;
  out.push(isArray ? '[\n' : '{\n');
  for (let index = 0; index < count; index += 1) {
    const key = keys?.[index];
    const prefix = key === undefined ? '' : `${JSON.stringify(key)}: `;
    const item =
      key === undefined ? (value as readonly unknown[])[index] : (value as JsonObject)[key];
    out.push(inner, prefix);
    // One character is kept for the comma that follows an entry.
    layout(item, inner, maxLength - inner.length - prefix.length - 1, out, maxLength);
    out.push(index < count - 1 ? ',\n' : '\n');
  }
  out.push(indent, isArray ? ']' : '}');
}

/**
 * JSON laid out for people and diffs: a small value that fits on one line stays there as compact
 * JSON (a keyframe, a box), anything longer is spread one entry per line. Key order is the objects' own.
 */
export function layoutJson(value: unknown, maxLineLength = 100): string {
  const out: string[] = [];
  layout(value, '', maxLineLength, out, maxLineLength);
  out.push('\n');
  return out.join('');
}
