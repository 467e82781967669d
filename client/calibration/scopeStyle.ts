/** Selectors a page-wide stylesheet sets that must not leak into the app around a scoped copy. */
const PAGE_SELECTORS = new Set(['*', 'body', 'html', 'main', 'header', 'h1']);

/**
 * A stylesheet of plain rules (no at-rules) with every selector put under `scope`, and the rules
 * for the page itself left out, so a report's look can be reused inside the app.
 */
export function scopeStyle(css: string, scope: string): string {
  const rules: string[] = [];
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const kept = (selectors ?? '')
      .split(',')
      .map((selector) => selector.trim())
      .filter((selector) => selector !== '' && !PAGE_SELECTORS.has(selector.split(/\s+/)[0] ?? ''))
      .map((selector) => `${scope} ${selector}`);
    if (kept.length > 0) rules.push(`${kept.join(', ')} {${body}}`);
  }
  return rules.join('\n');
}
