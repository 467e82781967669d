/** The PostgreSQL URL as it may appear in logs and error messages: any password is masked. */
export function redactDatabaseUrl(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed) return 'an unreadable DATABASE_URL';
  if (parsed.password) parsed.password = '***';
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
  return parsed.href;
}
