/** The Redis URL as it may appear in logs and error messages: any password is masked. */
export function redactRedisUrl(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed) return 'an unreadable REDIS_URL';
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}
