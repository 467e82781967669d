import { describe, expect, it } from 'vitest';
import { collabUrl } from '../../../client/collab/collabUrl.ts';
import { ServerRotation } from '../../../client/collab/ServerRotation.ts';

describe('the rotation of collaboration servers', () => {
  it('tries every server in turn and comes back to the first', () => {
    const rotation = new ServerRotation(['ws://a/collab', 'ws://b/collab', 'ws://c/collab']);
    expect(rotation.current).toBe('ws://a/collab');
    expect([rotation.advance(), rotation.advance(), rotation.advance()]).toEqual([
      'ws://b/collab',
      'ws://c/collab',
      'ws://a/collab',
    ]);
  });

  it('lists each server once, in the order they will be tried', () => {
    const rotation = new ServerRotation(['ws://a/collab', 'ws://b/collab', 'ws://a/collab']);
    rotation.advance();
    expect(rotation.order).toEqual(['ws://b/collab', 'ws://a/collab']);
  });

  it('keeps the server in use when the list from the server arrives', () => {
    const rotation = new ServerRotation(['ws://page/collab']);
    rotation.replace(['ws://a/collab', 'ws://page/collab', 'ws://b/collab']);
    expect(rotation.order).toEqual(['ws://page/collab', 'ws://a/collab', 'ws://b/collab']);
    rotation.replace(['ws://c/collab']);
    expect(rotation.order).toEqual(['ws://page/collab', 'ws://c/collab']);
  });

  it('refuses to rotate through no server at all', () => {
    expect(() => new ServerRotation([])).toThrow(RangeError);
  });
});

describe('the collaboration URL of a server', () => {
  it('uses ws for http and wss for https, on the collaboration path', () => {
    expect(collabUrl('http://127.0.0.1:8080')).toBe('ws://127.0.0.1:8080/collab');
    expect(collabUrl('https://concord-2.example.com/')).toBe('wss://concord-2.example.com/collab');
  });
});
