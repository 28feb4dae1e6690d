import { getCatalog } from "#app/content/catalog.server";
import { prisma } from "#app/utils/db.server";
import { getLessonStatuses, isLessonDone } from "./progress.server";

/**
 * Marks the enrollment complete once every required lesson is done and the final assessment is
 * passed. The conditional update makes concurrent final commits complete it exactly once.
 */
export async function completeCourseIfDone(userId: string, courseId: string) {
  const course = (await getCatalog()).courses.get(courseId);
  if (!course) return false;
  const statuses = await getLessonStatuses(userId, courseId);
  const allDone = course.lessons.filter((l) => l.required).every((l) => isLessonDone(statuses.get(l.id)));
  const finalPassed = !course.meta.finalAssessment || statuses.get(course.meta.finalAssessment) === "passed";
  if (!allDone || !finalPassed) return false;
  const { count } = await prisma.enrollment.updateMany({
    where: { userId, courseId, completedAt: null },
    data: { completedAt: new Date() },
  });
  return count === 1;
}
