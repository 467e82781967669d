import type { z } from 'zod';

/** The first problem zod found, as a message naming the field, and the field's dotted path. */
export function describeZodError(error: z.ZodError): {
  message: string;
  field: string | undefined;
} {
  const issue = error.issues[0];
  if (!issue) return { message: 'the input is not valid', field: undefined };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return { message: field ? `${field}: ${issue.message}` : issue.message, field };
}
