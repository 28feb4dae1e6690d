import { parseVerificationCode } from "./verification-code";
import { verifyCertificate, type VerifiedCertificate } from "./verification.server";
import { verifyLimiter } from "./verify-limiter.server";

export type VerifyOutcome = { status: 200; certificate: VerifiedCertificate } | { status: 404 | 429; certificate: null };

/**
 * The one path every verification takes, page or JSON: the caller's budget first, then the
 * code's shape, then the lookup. Unknown and malformed codes look the same and cost the same.
 */
export async function lookupForVerification(rawCode: string | undefined, clientIp: string | undefined): Promise<VerifyOutcome> {
  const key = clientIp ?? "unknown";
  if (!verifyLimiter.isAllowed(key)) return { status: 429, certificate: null };
  const code = parseVerificationCode(rawCode);
  const certificate = code ? await verifyCertificate(code) : null;
  if (!certificate) {
    verifyLimiter.hit(key);
    return { status: 404, certificate: null };
  }
  return { status: 200, certificate };
}

export function wantsJson(request: Request) {
  return new URL(request.url).searchParams.get("format") === "json" || /\bapplication\/json\b/.test(request.headers.get("Accept") ?? "");
}
