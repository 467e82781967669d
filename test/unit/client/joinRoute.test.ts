import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/ui/Route.ts';
import { joinPath } from '../../../shared/protocol/join.ts';

describe('the join route', () => {
  it('reads a join link whose secret is 43 base64url characters', () => {
    const secret = 'aZ09_-'.repeat(7) + 'x';
    expect(parseRoute(joinPath(secret))).toEqual({ page: 'join', secret });
  });

  it('treats a secret of another shape as not found', () => {
    expect(parseRoute('/join/short').page).toBe('notFound');
    expect(parseRoute(`/join/${'a'.repeat(42)}+`).page).toBe('notFound');
    expect(parseRoute(`/join/${'a'.repeat(43)}/more`).page).toBe('notFound');
  });
});
