import crypto from "node:crypto";
import { getCatalog } from "#app/content/catalog.server";
import { enroll } from "#app/courses/enrollment.server";
import { prisma, isUniqueViolation } from "#app/utils/db.server";
import { normalizeJoinCode, randomJoinCode } from "./join-code";

export type CohortInput = { name: string; place: string | null; locale: string; startsAt: Date | null; endsAt: Date | null; courseIds: string[] };

/** Creates a cohort with a fresh join code; a clash with an existing code just draws again. */
export async function createCohort(trainerId: string, input: CohortInput) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await prisma.cohort.create({
        data: {
          trainerId,
          name: input.name,
          place: input.place,
          locale: input.locale,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          joinCode: randomJoinCode(crypto.randomBytes(8)),
          courses: { create: input.courseIds.map((courseId) => ({ courseId })) },
        },
        select: { id: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not draw a free join code");
}

export type JoinResult = { ok: false } | { ok: true; cohortId: string; name: string; enrolled: string[]; blocked: { courseId: string; unmet: string[] }[] };

/** Joins a cohort by its code and enrols the learner in its courses, prerequisites permitting. */
export async function joinCohort(userId: string, code: string): Promise<JoinResult> {
  const cohort = await prisma.cohort.findUnique({ where: { joinCode: normalizeJoinCode(code) }, select: { id: true, name: true, courses: { select: { courseId: true } } } });
  if (!cohort) return { ok: false };
  await prisma.cohortMember.upsert({ where: { cohortId_userId: { cohortId: cohort.id, userId } }, update: {}, create: { cohortId: cohort.id, userId } });
  const catalog = await getCatalog();
  const enrolled: string[] = [];
  const blocked: { courseId: string; unmet: string[] }[] = [];
  for (const { courseId } of cohort.courses) {
    const course = catalog.courses.get(courseId);
    if (!course) continue;
    const result = await enroll(userId, course);
    if (result.ok) enrolled.push(courseId);
    else blocked.push({ courseId, unmet: result.unmet });
  }
  return { ok: true, cohortId: cohort.id, name: cohort.name, enrolled, blocked };
}
