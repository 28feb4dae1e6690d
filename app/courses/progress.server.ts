import { cycleStartedAt } from "#app/certificates/recertify.server";
import { readRows } from "#app/utils/sqlite-reads.server";
import { sqliteDate } from "#app/utils/sqlite.server";
import type { CourseEntry } from "#app/content/load-catalog.server";

export type LessonStatus = "not-started" | "in-progress" | "completed" | "failed" | "passed";

/**
 * Lesson status from the learner's attempts in the current enrollment cycle: the best one counts,
 * so reopening a finished lesson never makes it look unfinished, while a recertification starts
 * the course afresh.
 */
export async function getLessonStatuses(userId: string, courseId: string, enrollment?: { id: string; cycle: number } | null) {
  // Raw SQL: every course and lesson page asks this (docs/decisions/011-hot-reads-in-sql.md). Only a
  // recertified enrolment has a later cycle start to look up; dates are ISO text, so they compare as strings.
  const since = enrollment ? await cycleStartedAt(enrollment) : null;
  const attempts = await readRows<{ lessonId: string; completionStatus: string; successStatus: string }>(
    `SELECT lessonId, completionStatus, successStatus FROM Attempt WHERE userId = ? AND courseId = ? AND createdAt >= ?`,
    [userId, courseId, since ? sqliteDate(since) : ""],
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
