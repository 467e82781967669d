import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

/** A short rendering of a value found in the file, for messages. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function bound(issue: { origin: string; inclusive?: boolean }, low: boolean, limit: unknown) {
  const comparison = low ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  if (issue.origin === 'string') {
    return `must be ${low ? 'at least' : 'at most'} ${String(limit)} characters long`;
  }
  if (issue.origin === 'array')
    return `must hold ${low ? 'at least' : 'at most'} ${String(limit)} items`;
  return `expected a number ${comparison} ${String(limit)}`;
}

function describeUnion(issue: Extract<RawIssue, { code: 'invalid_union' }>): string | undefined {
  const options =
    'options' in issue ? (issue.options as readonly unknown[] | undefined) : undefined;
  if (!issue.discriminator || !options) return undefined;
  const input = issue.input as Record<string, unknown> | undefined;
  const found = input && typeof input === 'object' ? input[issue.discriminator] : undefined;
  const expected = options.map((option) => JSON.stringify(option)).join(' or ');
  return found === undefined
    ? `is missing: expected ${expected}`
    : `expected ${expected}, got ${describeValue(found)}`;
}

/**
 * Zod's error map for native files: messages a person can act on (`expected a number ≥ 0, got -3`).
 * Messages a schema declares itself win over these; undefined falls back to zod's own.
 */
export function describeZodIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is missing: expected ${expected}`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'too_small':
      return `${bound(issue, true, issue.minimum)}, got ${describeValue(issue.input)}`;
    case 'too_big':
      return `${bound(issue, false, issue.maximum)}, got ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const expected = issue.values.map((value) => JSON.stringify(value)).join(' or ');
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `${describeValue(issue.input)} does not match ${issue.pattern}`
        : `${describeValue(issue.input)} is not a valid ${issue.format}`;
    case 'invalid_key':
      return issue.issues.map((inner) => inner.message).join('; ');
    case 'invalid_union':
      return describeUnion(issue);
    default:
      return undefined;
  }
}
