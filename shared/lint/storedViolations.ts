import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Every violation the normalising reader reported (malformed fields, swapped ends, bad bases). */
export function storedViolations({ snapshot }: LintContext): LintFinding[] {
  return snapshot.violations.map((violation) =>
    finding({
      rule: 'stored-violation',
      severity: 'error',
      message: violation.message,
      recordIds: [violation.recordId],
      location: null,
    }),
  );
}
