/**
 * A fixed-window counter kept in memory: the app runs as one process on SQLite, so there is no
 * second instance to share counts with. Restarting the server clears it, which is acceptable for
 * login throttling.
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();

  function entry(key: string, now: number) {
    const current = hits.get(key);
    if (current && current.resetAt > now) return current;
    const fresh = { count: 0, resetAt: now + windowMs };
    hits.set(key, fresh);
    return fresh;
  }

  return {
    /** True while the key still has budget; the caller decides what counts as a hit. */
    isAllowed(key: string, now = Date.now()) {
      return entry(key, now).count < limit;
    },
    hit(key: string, now = Date.now()) {
      entry(key, now).count += 1;
      if (hits.size > 50_000) {
        for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
      }
    },
    reset(key: string) {
      hits.delete(key);
    },
    minutesUntilReset(key: string, now = Date.now()) {
      return Math.max(1, Math.ceil((entry(key, now).resetAt - now) / 60_000));
    },
    clear() {
      hits.clear();
    },
  };
}

export function clientIp(request: Request) {
  // remix-serve runs behind no proxy by default; only trust X-Forwarded-For when configured to.
  return process.env.TRUST_PROXY === "1"
    ? (request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() ?? "unknown")
    : (request.headers.get("X-Remote-Address") ?? "local");
}
