/** The text cut to `maxCharacters` with an ellipsis, for chart labels that must fit a fixed width. */
export function truncateLabel(text: string, maxCharacters: number): string {
  const characters = [...text];
  if (characters.length <= maxCharacters) return text;
  return `${characters
    .slice(0, Math.max(1, maxCharacters - 1))
    .join('')
    .trimEnd()}…`;
}
