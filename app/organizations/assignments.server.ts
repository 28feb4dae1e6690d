import { getCatalog } from "#app/content/catalog.server";
import { enroll } from "#app/courses/enrollment.server";
import { prisma } from "#app/utils/db.server";

export type NotEnrolled = { userId: string; courseId: string; unmet: string[] };

/**
 * Enrols members in every course assigned to them (to everyone or to one of their groups).
 * Prerequisites still apply: a member who has not met them is reported, never enrolled anyway.
 */
export async function enrollInAssignedCourses(organizationId: string, userIds: string[], onlyCourseId?: string) {
  const catalog = await getCatalog();
  const members = await prisma.user.findMany({
    where: { id: { in: userIds }, organizationId },
    select: { id: true, groupMemberships: { select: { groupId: true } } },
  });
  const assignments = await prisma.assignment.findMany({
    where: { organizationId, ...(onlyCourseId ? { courseId: onlyCourseId } : {}) },
    select: { courseId: true, groupId: true },
  });
  const notEnrolled: NotEnrolled[] = [];
  for (const member of members) {
    const groups = new Set(member.groupMemberships.map((g) => g.groupId));
    const courses = new Set(assignments.filter((a) => a.groupId === null || groups.has(a.groupId)).map((a) => a.courseId));
    for (const courseId of courses) {
      const course = catalog.courses.get(courseId);
      if (!course) continue;
      const result = await enroll(member.id, course);
      if (!result.ok) notEnrolled.push({ userId: member.id, courseId, unmet: result.unmet });
    }
  }
  return { notEnrolled };
}

/** Records the assignment and enrols the members it covers. */
export async function assignCourse(organizationId: string, input: { courseId: string; groupId: string | null; dueAt: Date | null }) {
  await prisma.assignment.create({ data: { organizationId, ...input } });
  const members = await prisma.user.findMany({
    where: { organizationId, ...(input.groupId ? { groupMemberships: { some: { groupId: input.groupId } } } : {}) },
    select: { id: true },
  });
  return enrollInAssignedCourses(organizationId, members.map((m) => m.id), input.courseId);
}
