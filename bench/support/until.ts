/** Resolves once `check` holds; rejects after `timeoutMs` so a stuck benchmark ends with a reason. */
export async function until(check: () => boolean, what = 'condition', timeoutMs = 20_000) {
  const deadlineMs = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadlineMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
