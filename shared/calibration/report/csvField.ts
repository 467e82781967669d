/** One CSV field as RFC 4180 writes it: quoted, inner quotes doubled, when it holds , " CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
