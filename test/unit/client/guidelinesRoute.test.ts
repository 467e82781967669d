import { describe, expect, it } from 'vitest';
import { guidelinesPath, parseRoute } from '../../../client/ui/Route.ts';

describe('the guidelines route', () => {
  it('reads a project’s guidelines path and writes it back', () => {
    expect(parseRoute('/p/demo/guidelines')).toEqual({ page: 'guidelines', projectId: 'demo' });
    expect(parseRoute(guidelinesPath('street-2'))).toEqual({
      page: 'guidelines',
      projectId: 'street-2',
    });
  });

  it('finds nothing under a malformed project id or a longer path', () => {
    expect(parseRoute('/p/Demo/guidelines').page).toBe('notFound');
    expect(parseRoute('/p/demo/guidelines/extra').page).toBe('notFound');
    expect(parseRoute('/p/demo/guideline').page).toBe('notFound');
  });
});
