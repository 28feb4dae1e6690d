import { prisma } from "#app/utils/db.server";
import type { Catalog, CourseEntry } from "#app/content/load-catalog.server";

export type PrerequisiteStatus = { courseId: string; met: boolean };

export async function getPrerequisiteStatus(userId: string | null, course: CourseEntry): Promise<PrerequisiteStatus[]> {
  if (course.meta.prerequisites.length === 0) return [];
  const completed = userId
    ? await prisma.enrollment.findMany({
        where: { userId, courseId: { in: course.meta.prerequisites }, completedAt: { not: null } },
        select: { courseId: true },
      })
    : [];
  const done = new Set(completed.map((e) => e.courseId));
  return course.meta.prerequisites.map((courseId) => ({ courseId, met: done.has(courseId) }));
}

export async function getEnrollment(userId: string, courseId: string) {
  return prisma.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } });
}

/**
 * Enrols unless a prerequisite is unmet; a platform admin may waive that, and the waiver is
 * recorded on the enrollment. Enrolling twice is harmless.
 */
export async function enroll(userId: string, course: CourseEntry, options: { waivedBy?: string } = {}) {
  const prerequisites = await getPrerequisiteStatus(userId, course);
  const unmet = prerequisites.filter((p) => !p.met).map((p) => p.courseId);
  if (unmet.length > 0 && !options.waivedBy) return { ok: false as const, unmet };
  await prisma.enrollment.upsert({
    where: { userId_courseId: { userId, courseId: course.meta.id } },
    update: {},
    create: { userId, courseId: course.meta.id, waivedBy: unmet.length > 0 ? options.waivedBy : null },
  });
  return { ok: true as const };
}

export function requireCourse(catalog: Catalog, courseId: string | undefined) {
  const course = courseId ? catalog.courses.get(courseId) : undefined;
  if (!course) throw new Response("Course not found", { status: 404 });
  return course;
}
