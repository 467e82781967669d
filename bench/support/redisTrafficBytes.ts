import type { Redis } from 'ioredis';

/** Bytes Redis has received and sent since it started, as INFO reports them. */
export async function redisTrafficBytes(client: Redis): Promise<number> {
  const stats = await client.info('stats');
  const figure = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(stats)?.[1]);
  const total = figure('total_net_input_bytes') + figure('total_net_output_bytes');
  if (!Number.isFinite(total)) throw new Error('Redis INFO stats did not report network bytes');
  return total;
}
