function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line} column ${column}`;
}

/** JSON.parse's complaint with the line and column it happened at, which it leaves out at the end of input. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/line \d+ column \d+/.test(message)) return message;
  const position = /position (\d+)/.exec(message);
  if (position) return `${message} (${lineAndColumn(text, Number(position[1]))})`;
  return `${message} (${lineAndColumn(text, text.length)}, where the file ends)`;
}
