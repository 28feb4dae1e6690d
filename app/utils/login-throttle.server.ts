import { createRateLimiter } from "./rate-limit.server";

// Five wrong passwords per account per quarter hour, then refuse: enough for typos, too few for
// guessing. The per-IP budget is wider because offices share one address.
export const accountLimiter = createRateLimiter({ limit: 5, windowMs: 15 * 60_000 });
export const ipLimiter = createRateLimiter({ limit: 30, windowMs: 15 * 60_000 });
