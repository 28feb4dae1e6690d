import { createRateLimiter } from "#app/utils/rate-limit.server";

/**
 * Codes carry 130 random bits, so the threat is not guessing one but scripted probing and
 * scraping. Every lookup of an unknown or malformed code spends the caller's budget; once it is
 * spent, every lookup from that address is refused until the window ends. Lookups of real codes
 * (which the caller can only have from a certificate) cost nothing, so an employer checking a
 * stack of certificates is never blocked.
 */
export const verifyLimiter = createRateLimiter({ limit: 20, windowMs: 10 * 60_000 });
