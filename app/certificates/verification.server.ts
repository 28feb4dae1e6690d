// What anyone holding a code may learn about a certificate: the fields printed on it and its
// status. Nothing else about the holder leaves this module.
import { env } from "#app/utils/env.server";
import { prisma } from "#app/utils/db.server";
import { certificateStatus } from "./certificate-status";
import { groupVerificationCode } from "./verification-code";

export function verifyUrl(code: string, requestUrl: string) {
  const origin = (env.PUBLIC_URL ?? new URL(requestUrl).origin).replace(/\/+$/, "");
  return `${origin}/verify/${code}`;
}

const publicSelect = {
  code: true,
  holderName: true,
  courseId: true,
  courseTitle: true,
  locale: true,
  tier: true,
  issuedAt: true,
  expiresAt: true,
  status: true,
  revokedAt: true,
  supersededById: true,
  certifiedTrainer: true,
} as const;

/** `code` must already be validated (parseVerificationCode). */
export async function verifyCertificate(code: string, now = new Date()) {
  const certificate = await prisma.certificate.findUnique({ where: { code }, select: publicSelect });
  if (!certificate) return null;
  return {
    code: groupVerificationCode(certificate.code),
    status: certificateStatus(certificate, now),
    holderName: certificate.holderName,
    courseId: certificate.courseId,
    courseTitle: certificate.courseTitle,
    language: certificate.locale,
    tier: certificate.tier,
    certifiedTrainer: certificate.certifiedTrainer,
    issuedAt: certificate.issuedAt.toISOString(),
    expiresAt: certificate.expiresAt?.toISOString() ?? null,
    revokedAt: certificate.status === "revoked" ? (certificate.revokedAt?.toISOString() ?? null) : null,
    currentCode: certificate.status === "superseded" ? await currentCodeAfter(certificate.supersededById) : null,
  };
}

export type VerifiedCertificate = NonNullable<Awaited<ReturnType<typeof verifyCertificate>>>;

/** Follows replacements (a re-issue may itself be re-issued) to the certificate in force now. */
async function currentCodeAfter(id: string | null) {
  let code: string | null = null;
  for (let hops = 0; id && hops < 20; hops++) {
    const next: { code: string; supersededById: string | null } | null = await prisma.certificate.findUnique({ where: { id }, select: { code: true, supersededById: true } });
    if (!next) break;
    code = next.code;
    id = next.supersededById;
  }
  return code;
}
