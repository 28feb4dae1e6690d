import { prisma } from "#app/utils/db.server";
import { readRows } from "#app/utils/sqlite-reads.server";
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

export type EnrollmentRow = {
  id: string;
  userId: string;
  courseId: string;
  enrolledAt: Date;
  lastActivityAt: Date | null;
  lastLessonId: string | null;
  completedAt: Date | null;
  waivedBy: string | null;
  cycle: number;
};

/** Every course and lesson page asks this, so it is one raw read (docs/decisions/011-hot-reads-in-sql.md). */
export async function getEnrollment(userId: string, courseId: string): Promise<EnrollmentRow | null> {
  type Row = Omit<EnrollmentRow, "enrolledAt" | "lastActivityAt" | "completedAt"> & { enrolledAt: string; lastActivityAt: string | null; completedAt: string | null };
  const [row] = await readRows<Row>(
    `SELECT id, userId, courseId, enrolledAt, lastActivityAt, lastLessonId, completedAt, waivedBy, cycle
     FROM Enrollment WHERE userId = ? AND courseId = ?`,
    [userId, courseId],
  );
  if (!row) return null;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return { ...row, enrolledAt: new Date(row.enrolledAt), lastActivityAt: date(row.lastActivityAt), completedAt: date(row.completedAt) };
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
