import { csvField } from './csvField.ts';

// OWASP's list: a spreadsheet may evaluate a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell: quoted as RFC 4180 requires, with a leading apostrophe when the text starts like a
 * formula (`=`, `+`, `-`, `@`, tab, CR) so a spreadsheet shows it instead of running it.
 */
export function csvText(text: string): string {
  return csvField(FORMULA_START.test(text) ? `'${text}` : text);
}
