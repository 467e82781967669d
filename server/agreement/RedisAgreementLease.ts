import type { Redis as RedisClient } from 'ioredis';
import type { AgreementLease } from './AgreementLease.ts';

/** How long a lease lasts unless renewed: a process that dies hands its items over this late. */
export const AGREEMENT_LEASE_MS = 15_000;

const PREFIX = 'concord:agreement-lease:';

// Takes the lease when it is free, renews it when it is ours, refuses it otherwise; atomically.
const HOLD = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
elseif not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Item leases in the Redis the processes share, each held under this process's identifier. */
export class RedisAgreementLease implements AgreementLease {
  private readonly client: RedisClient;
  private readonly holder: string;

  constructor(client: RedisClient, holder: string) {
    this.client = client;
    this.holder = holder;
  }

  async hold(item: string): Promise<boolean> {
    const held = await this.client.eval(HOLD, 1, PREFIX + item, this.holder, AGREEMENT_LEASE_MS);
    return held === 1;
  }

  async release(item: string): Promise<void> {
    await this.client.eval(RELEASE, 1, PREFIX + item, this.holder);
  }

  async close(): Promise<void> {
    this.client.disconnect(false);
  }
}
