import { escapeHtml } from './escapeHtml.ts';

/** A section of the page: heading, one line on how to read it, then its already-built content. */
export function reportSection(title: string, explanation: string, contentHtml: string): string {
  return (
    `<section><h2>${escapeHtml(title)}</h2>` +
    `<p class="explanation">${escapeHtml(explanation)}</p>${contentHtml}</section>`
  );
}
