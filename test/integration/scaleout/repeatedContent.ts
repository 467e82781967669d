import * as Y from 'yjs';
import type { LogEntry } from '../../../server/storage/DocumentStore.ts';

/**
 * Content that more than one log entry carries, described as `client:clock` ranges. Each process
 * appends only what its own clients sent, so a change relayed through Redis and appended again by
 * the process that received it shows up here.
 */
export function repeatedContent(entries: readonly LogEntry[]): string[] {
  const ranges = new Map<number, Array<{ start: number; end: number; seq: number }>>();
  for (const entry of entries) {
    for (const struct of Y.decodeUpdate(entry.update).structs) {
      if (struct instanceof Y.Skip) continue;
      const list = ranges.get(struct.id.client) ?? [];
      list.push({ start: struct.id.clock, end: struct.id.clock + struct.length, seq: entry.seq });
      ranges.set(struct.id.client, list);
    }
  }
  const repeated: string[] = [];
  for (const [client, list] of ranges) {
    list.sort((left, right) => left.start - right.start);
    let furthest: { end: number; seq: number } | null = null;
    for (const range of list) {
      if (furthest && range.start < furthest.end) {
        repeated.push(`${client}:${range.start} in entries ${furthest.seq} and ${range.seq}`);
      }
      if (!furthest || range.end > furthest.end) furthest = { end: range.end, seq: range.seq };
    }
  }
  return repeated;
}
