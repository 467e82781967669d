/**
 * A queue with each honeypot placed after `queuePosition` of the other entries (in the order
 * given, ties in the order the honeypots are given); positions past the end go at the end.
 */
export function interleaveHoneypots<Entry>(
  entries: readonly Entry[],
  honeypots: ReadonlyArray<{ queuePosition: number; entry: Entry }>,
): Entry[] {
  const queue: Entry[] = [];
  const atPosition = (position: number) =>
    honeypots.filter((each) => each.queuePosition === position).map((each) => each.entry);
  entries.forEach((entry, index) => queue.push(...atPosition(index), entry));
  queue.push(
    ...honeypots.filter((each) => each.queuePosition >= entries.length).map((each) => each.entry),
  );
  return queue;
}
