import { RECERTIFY_ACTION } from "#app/certificates/recertify.server";
import { readRows } from "#app/utils/sqlite-reads.server";
import type { CourseEntry } from "#app/content/load-catalog.server";

export type LessonStatus = "not-started" | "in-progress" | "completed" | "failed" | "passed";

/**
 * Lesson status from the learner's attempts in the current enrollment cycle: the best one counts,
 * so reopening a finished lesson never makes it look unfinished, while a recertification starts
 * the course afresh.
 */
export async function getLessonStatuses(userId: string, courseId: string, enrollment?: { id: string; cycle: number } | null) {
  // Raw SQL: every course and lesson page asks this (docs/decisions/011-hot-reads-in-sql.md). The
  // cycle starts at the latest recertification; dates are ISO text, so they compare as strings.
  const cycleFilter =
    enrollment && enrollment.cycle > 1
      ? `AND createdAt >= COALESCE((SELECT createdAt FROM AuditLog WHERE entityType = 'Enrollment' AND entityId = ? AND action = ? ORDER BY id DESC LIMIT 1), '')`
      : "";
  const attempts = await readRows<{ lessonId: string; completionStatus: string; successStatus: string }>(
    `SELECT lessonId, completionStatus, successStatus FROM Attempt WHERE userId = ? AND courseId = ? ${cycleFilter}`,
    cycleFilter ? [userId, courseId, enrollment!.id, RECERTIFY_ACTION] : [userId, courseId],
  );
  const statuses = new Map<string, LessonStatus>();
  const rank: Record<LessonStatus, number> = { "not-started": 0, "in-progress": 1, failed: 2, completed: 3, passed: 4 };
  for (const attempt of attempts) {
    const status: LessonStatus =
      attempt.successStatus === "passed"
        ? "passed"
        : attempt.completionStatus === "completed"
          ? attempt.successStatus === "failed" ? "failed" : "completed"
          : "in-progress";
    const previous = statuses.get(attempt.lessonId) ?? "not-started";
    if (rank[status] > rank[previous]) statuses.set(attempt.lessonId, status);
  }
  return statuses;
}

export function isLessonDone(status: LessonStatus | undefined) {
  return status === "completed" || status === "passed";
}

/** Share of required lessons done, for progress bars. */
export function courseProgress(course: CourseEntry, statuses: Map<string, LessonStatus>) {
  const required = course.lessons.filter((l) => l.required);
  const done = required.filter((l) => isLessonDone(statuses.get(l.id))).length;
  return { done, total: required.length, percent: required.length ? Math.round((done / required.length) * 100) : 0 };
}
