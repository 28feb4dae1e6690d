import { evaluateCompletion, certificateDraft } from "#app/certificates/issue-rule";
import { issueCertificate } from "#app/certificates/issue.server";
import { cycleStartedAt } from "#app/certificates/recertify.server";
import { isLocale } from "#app/i18n/locales";
import { findCourse } from "#app/scorm-packages/package-courses.server";
import { prisma } from "#app/utils/db.server";

/**
 * Marks the enrollment complete once every required lesson is done and the final assessment is
 * passed, and issues the certificate in the same transaction. The conditional update makes
 * concurrent final commits complete it, and issue it, exactly once.
 */
export async function completeCourseIfDone(userId: string, courseId: string) {
  // MDX courses and imported package courses complete the same way.
  const course = await findCourse(courseId);
  if (!course) return false;
  const enrollment = await prisma.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { id: true, cycle: true, completedAt: true } });
  if (!enrollment || enrollment.completedAt) return false;
  const since = await cycleStartedAt(enrollment);
  const attempts = await prisma.attempt.findMany({
    where: { userId, courseId, ...(since ? { createdAt: { gte: since } } : {}) },
    select: { lessonId: true, completionStatus: true, successStatus: true, scoreScaled: true },
  });
  const { met, scorePercent } = evaluateCompletion({ ...course.meta, lessons: course.lessons }, attempts);
  if (!met) return false;
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.enrollment.updateMany({
      where: { id: enrollment.id, cycle: enrollment.cycle, completedAt: null },
      data: { completedAt: now },
    });
    if (count !== 1) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, legalName: true, locale: true } });
    const locale = isLocale(user.locale) ? user.locale : course.meta.defaultLanguage;
    await issueCertificate(tx, certificateDraft({ user: { ...user, locale }, course: course.meta, cycle: enrollment.cycle, scorePercent, issuedAt: now }));
    return true;
  });
}
