/** The longest id made from a name, leaving room for a `-<n>` suffix within the 64-character id grammar. */
const MAX_BASE_LENGTH = 48;

/**
 * A readable record id made from a name ("Parked car" → `parked-car`), with `-2`, `-3`, … added
 * until `isTaken` says it is free; `fallback` when the name has no letters or digits to use.
 */
export function idFromName(
  name: string,
  fallback: string,
  isTaken: (id: string) => boolean,
): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  const base = slug === '' ? fallback : slug;
  if (!isTaken(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
