function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A disagreement's message with each layer name followed by whose layer it is: "a.x7 has nothing
 * here" reads "a.x7 (Ana) has nothing here". Only whole layer names are named.
 */
export function nameLayersIn(
  message: string,
  layers: readonly string[],
  whoOf: (layer: string) => string,
): string {
  const named = layers.filter((layer) => whoOf(layer) !== layer);
  if (named.length === 0) return message;
  const alternatives = [...new Set(named)]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|');
  const pattern = new RegExp(`(?<![\\w.-])(${alternatives})(?![\\w.-]*\\w)`, 'g');
  return message.replace(pattern, (layer) => `${layer} (${whoOf(layer)})`);
}
