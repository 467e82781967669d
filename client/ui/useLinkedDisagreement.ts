import { useEffect, useRef } from 'react';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';

/** The disagreement a link names (`?d=<id>`), when the page was opened from one. */
export function linkedDisagreementId(search: string): string | null {
  const id = new URLSearchParams(search).get('d');
  return id !== null && /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : null;
}

/**
 * Selects, once, the disagreement the page's link names as soon as the live list holds it:
 * the list fills after the results sync, so the jump waits for it instead of failing early.
 */
export function useLinkedDisagreement(
  shown: readonly Disagreement[],
  select: (entry: Disagreement) => void,
): void {
  const pending = useRef(linkedDisagreementId(window.location.search));
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const entry = shown.find((each) => each.id === id);
    if (!entry) return;
    pending.current = null;
    select(entry);
  }, [shown, select]);
}
