import { describe, expect, it } from 'vitest';
import { itemPath, parseRoute, projectPath } from '../../../client/ui/Route.ts';

describe('routes', () => {
  it('reads the project list, a project and an item from the path', () => {
    expect(parseRoute('/')).toEqual({ page: 'projects' });
    expect(parseRoute('/p/demo')).toEqual({ page: 'items', projectId: 'demo' });
    expect(parseRoute('/p/demo/i/street/')).toEqual({
      page: 'editor',
      projectId: 'demo',
      itemId: 'street',
    });
  });

  it('writes the paths it reads', () => {
    expect(parseRoute(itemPath('demo', 'street'))).toEqual({
      page: 'editor',
      projectId: 'demo',
      itemId: 'street',
    });
    expect(projectPath('demo')).toBe('/p/demo');
  });

  it('treats ids outside the id grammar and unknown paths as not found', () => {
    expect(parseRoute('/p/Demo').page).toBe('notFound');
    expect(parseRoute('/p/demo/i/../x').page).toBe('notFound');
    expect(parseRoute('/settings').page).toBe('notFound');
  });
});
