// Queries behind the admin certificate pages: search, one certificate with its history, and the
// audit log with the actor's name.
import { prisma } from "#app/utils/db.server";
import { certificateStatus } from "./certificate-status";
import { groupVerificationCode, parseVerificationCode } from "./verification-code";

/** Matches a verification code exactly, or a holder's certificate name, account name or email. */
export async function searchCertificates(q: string) {
  const code = parseVerificationCode(q);
  const rows = await prisma.certificate.findMany({
    where: q
      ? {
          OR: [
            ...(code ? [{ code }] : []),
            { holderName: { contains: q } },
            { user: { email: { contains: q } } },
            { user: { name: { contains: q } } },
            { courseId: { contains: q } },
          ],
        }
      : undefined,
    orderBy: { issuedAt: "desc" },
    take: 50,
    select: { id: true, holderName: true, courseTitle: true, issuedAt: true, expiresAt: true, status: true, code: true, user: { select: { email: true } } },
  });
  const now = new Date();
  return rows.map((c) => ({
    id: c.id,
    holderName: c.holderName,
    email: c.user.email,
    courseTitle: c.courseTitle,
    issuedAt: c.issuedAt.toISOString(),
    status: certificateStatus(c, now),
    code: groupVerificationCode(c.code),
  }));
}

export async function getCertificateForAdmin(id: string) {
  const certificate = await prisma.certificate.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, legalName: true } } },
  });
  if (!certificate) return null;
  const [replacement, replaced] = await Promise.all([
    certificate.supersededById ? prisma.certificate.findUnique({ where: { id: certificate.supersededById }, select: { id: true, code: true } }) : null,
    prisma.certificate.findMany({ where: { supersededById: id }, select: { id: true, code: true } }),
  ]);
  const related = [id, ...(replacement ? [replacement.id] : []), ...replaced.map((r) => r.id)];
  return {
    certificate: {
      id: certificate.id,
      holderName: certificate.holderName,
      courseId: certificate.courseId,
      courseTitle: certificate.courseTitle,
      courseVersion: certificate.courseVersion,
      tier: certificate.tier,
      scorePercent: certificate.scorePercent,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: certificate.expiresAt?.toISOString() ?? null,
      status: certificateStatus(certificate, new Date()),
      storedStatus: certificate.status,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revokedReason: certificate.revokedReason,
      code: certificate.code,
      displayCode: groupVerificationCode(certificate.code),
      certifiedTrainer: certificate.certifiedTrainer,
      user: certificate.user,
    },
    replacement,
    replaced,
    audit: await getAuditEntries({ entityIds: related }),
  };
}

/** Certificate audit entries, newest first, with who acted. */
export async function getAuditEntries({ entityIds, take = 50 }: { entityIds?: string[]; take?: number } = {}) {
  const entries = await prisma.auditLog.findMany({
    where: { entityType: "Certificate", ...(entityIds ? { entityId: { in: entityIds } } : {}) },
    orderBy: { id: "desc" },
    take,
  });
  const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = new Map(
    (await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]),
  );
  return entries.map((e) => ({
    id: e.id,
    action: e.action,
    certificateId: e.entityId,
    createdAt: e.createdAt.toISOString(),
    actor: e.actorId ? (actors.get(e.actorId) ?? { id: e.actorId, name: e.actorId, email: "" }) : null,
    details: JSON.parse(e.details) as Record<string, unknown>,
  }));
}

export type AuditEntry = Awaited<ReturnType<typeof getAuditEntries>>[number];
