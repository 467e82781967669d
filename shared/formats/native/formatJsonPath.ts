const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path into JSON as JavaScript would write it: `layers[0].keyframes["1204"].box.w`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part))
      text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}
