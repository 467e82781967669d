import { escapeHtml } from './escapeHtml.ts';

/** The note a section shows instead of a chart while it has nothing to draw. */
export function noDataNote(what: string): string {
  return `<p class="no-data">No data yet: ${escapeHtml(what)}</p>`;
}
