import { prisma } from "#app/utils/db.server";
import { certificateStatus, needsRecertification } from "./certificate-status";
import { groupVerificationCode } from "./verification-code";

/**
 * The learner's certificates that are still theirs to show (replaced ones are left out), newest
 * first, each with its status now and whether a Recertify action applies.
 */
export async function getLearnerCertificates(userId: string, options: { courseId?: string } = {}) {
  const now = new Date();
  const [certificates, completed] = await Promise.all([
    prisma.certificate.findMany({
      where: { userId, status: { not: "superseded" }, ...(options.courseId ? { courseId: options.courseId } : {}) },
      orderBy: { issuedAt: "desc" },
      select: { id: true, courseId: true, courseTitle: true, locale: true, tier: true, issuedAt: true, expiresAt: true, status: true, code: true, certifiedTrainer: true },
    }),
    // Recertify applies only while the enrollment is complete: once started, it is in progress.
    prisma.enrollment.findMany({ where: { userId, completedAt: { not: null } }, select: { courseId: true } }),
  ]);
  const completedCourses = new Set(completed.map((e) => e.courseId));
  return certificates.map((c) => ({
    id: c.id,
    courseId: c.courseId,
    courseTitle: c.courseTitle,
    language: c.locale,
    tier: c.tier,
    certifiedTrainer: c.certifiedTrainer,
    issuedAt: c.issuedAt.toISOString(),
    expiresAt: c.expiresAt?.toISOString() ?? null,
    status: certificateStatus(c, now),
    code: c.code,
    displayCode: groupVerificationCode(c.code),
    recertifiable: needsRecertification(c, now) && completedCourses.has(c.courseId),
  }));
}

export type LearnerCertificate = Awaited<ReturnType<typeof getLearnerCertificates>>[number];
