// Recertification: a new enrollment cycle in which the course must be completed again. Earlier
// attempts stay on record for reports but no longer count towards the next certificate.
import { prisma } from "#app/utils/db.server";
import { writeAudit } from "./issue.server";
import { needsRecertification } from "./certificate-status";

const RECERTIFY_ACTION = "enrollment.recertify";

/**
 * Starts the next cycle when the learner holds a certificate for the course that is expired or
 * expiring within 90 days. Open attempts are finished so the next launch starts fresh ones.
 */
export async function recertify(userId: string, courseId: string): Promise<boolean> {
  const [certificate, enrollment] = await Promise.all([
    prisma.certificate.findFirst({ where: { userId, courseId, status: "valid" }, orderBy: { issuedAt: "desc" }, select: { status: true, expiresAt: true } }),
    prisma.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { id: true, cycle: true, completedAt: true } }),
  ]);
  if (!certificate || !needsRecertification(certificate) || !enrollment?.completedAt) return false;
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.enrollment.updateMany({
      where: { id: enrollment.id, cycle: enrollment.cycle, completedAt: { not: null } },
      data: { cycle: enrollment.cycle + 1, completedAt: null, lastLessonId: null },
    });
    if (count !== 1) return false;
    await tx.attempt.updateMany({ where: { userId, courseId, finishedAt: null }, data: { finishedAt: now } });
    await writeAudit(tx, { actorId: userId, action: RECERTIFY_ACTION, entityType: "Enrollment", entityId: enrollment.id, details: { cycle: enrollment.cycle + 1 } });
    return true;
  });
}

/** When the enrollment's current cycle began: attempts created before it belong to an earlier cycle. */
export async function cycleStartedAt(enrollment: { id: string; cycle: number }): Promise<Date | null> {
  if (enrollment.cycle === 1) return null;
  const entry = await prisma.auditLog.findFirst({
    where: { entityType: "Enrollment", entityId: enrollment.id, action: RECERTIFY_ACTION },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  return entry?.createdAt ?? null;
}
