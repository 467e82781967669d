/** Calls `send` at most once per interval with the latest value, always delivering the last one. */
export function createThrottle<T>(intervalMs: number, send: (value: T) => void) {
  let lastSentMs = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastSentMs = Date.now();
    send(value);
  };
  return {
    push(value: T) {
      pending = { value };
      if (timer !== null) return;
      const waitMs = lastSentMs + intervalMs - Date.now();
      if (waitMs <= 0) flush();
      else timer = setTimeout(flush, waitMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
