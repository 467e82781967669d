import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { CommandContext } from './CommandContext.ts';

/** Refuses an edit up front when the connection is read-only, instead of letting the server drop it. */
export function checkWritable(context: CommandContext): Result<true> {
  if (context.canWrite && !context.canWrite()) {
    return fail('this layer is open read-only: you cannot change it');
  }
  return ok(true);
}
