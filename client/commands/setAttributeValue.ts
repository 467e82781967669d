import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setAttribute } from '../../shared/doc/writeAttributes.ts';
import type { AttributeValue } from '../../shared/schema/recordBase.ts';
import { attributeValueSchema } from '../../shared/schema/recordBase.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/**
 * Sets an object's attribute: for the whole object, or with a frame, from that frame on (a
 * per-frame attribute of a track or shape); null clears it.
 */
export function setAttributeValue(
  context: CommandContext,
  recordId: string,
  attribute: { id: string; frame: number | null },
  value: AttributeValue | null,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  if (attribute.frame !== null) {
    const frame = checkFrameIndex(attribute.frame);
    if (!frame.ok) return frame;
  }
  const valid = attributeValueSchema.safeParse(value);
  if (!valid.success) {
    return fail(
      `${attribute.id} cannot hold ${JSON.stringify(value)}: ${valid.error.issues[0]?.message}`,
    );
  }
  const cleared = value === null || value === '' || (Array.isArray(value) && value.length === 0);
  const stored = setAttribute(
    context.doc,
    recordId,
    attribute,
    cleared && attribute.frame === null ? undefined : valid.data,
    context.author(),
    LOCAL_ORIGIN,
  );
  return stored
    ? ok(true)
    : fail(`object ${recordId} no longer exists: someone may have deleted it`);
}
