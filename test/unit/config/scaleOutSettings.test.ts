import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.ts';

describe('the scale-out settings', () => {
  it('runs one process alone when neither REDIS_URL nor SERVER_URLS is set', () => {
    const config = parseConfig({});
    expect(config.redisUrl).toBeNull();
    expect(config.serverUrls).toEqual([]);
  });

  it('takes a redis:// or rediss:// URL and refuses anything else, naming the variable', () => {
    expect(parseConfig({ REDIS_URL: 'redis://:secret@10.0.0.5:6380/2' }).redisUrl).toBe(
      'redis://:secret@10.0.0.5:6380/2',
    );
    expect(parseConfig({ REDIS_URL: 'rediss://cache.example.com' }).redisUrl).toBe(
      'rediss://cache.example.com',
    );
    expect(() => parseConfig({ REDIS_URL: 'http://cache.example.com' })).toThrow(
      'REDIS_URL: REDIS_URL must be a redis:// or rediss:// URL, like redis://127.0.0.1:6379',
    );
  });

  it('reads SERVER_URLS as origins, once each, in order', () => {
    const config = parseConfig({
      SERVER_URLS: ' https://b.example.com/ , http://10.0.0.7:8080,https://b.example.com ',
    });
    expect(config.serverUrls).toEqual(['https://b.example.com', 'http://10.0.0.7:8080']);
  });

  it('refuses a server URL that is not an origin, saying how to write one', () => {
    for (const entry of ['b.example.com', 'ws://b.example.com', 'https://b.example.com/concord']) {
      expect(() => parseConfig({ SERVER_URLS: `https://a.example.com,${entry}` })).toThrow(
        `SERVER_URLS: ${entry} is not a server origin; list each process like https://concord-2.example.com, separated by commas`,
      );
    }
  });
});
