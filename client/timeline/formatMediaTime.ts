function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Media time as `m:ss`, `h:mm:ss`, or with `.mmm` when millisecond precision matters. */
export function formatMediaTime(ms: number, withMilliseconds: boolean): string {
  const wholeMs = Math.max(0, Math.round(ms));
  const totalSeconds = Math.floor(wholeMs / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const clock =
    hours > 0 ? `${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}` : `${minutes}:${pad(seconds, 2)}`;
  return withMilliseconds ? `${clock}.${pad(wholeMs % 1000, 3)}` : clock;
}
