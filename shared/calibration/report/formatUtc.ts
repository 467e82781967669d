/** An instant as `2025-03-14 09:30:05 UTC`, or a dash when the time is not a valid one. */
export function formatUtc(atMs: number): string {
  if (!Number.isFinite(atMs)) return '—';
  const date = new Date(atMs);
  if (Number.isNaN(date.getTime())) return '—';
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
