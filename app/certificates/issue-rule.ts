// When a learner has earned a certificate and what it says. Pure, so every rule is unit-tested
// without a database; issue.server.ts writes the result in one transaction.
import type { CourseMeta } from "#app/content/course-schema";
import { courseText } from "#app/courses/course-text";
import type { Locale } from "#app/i18n/locales";

export type AttemptOutcome = { lessonId: string; completionStatus: string; successStatus: string; scoreScaled: number | null };
export type CourseRequirements = Pick<CourseMeta, "finalAssessment" | "passingScore"> & { lessons: readonly { id: string; required: boolean }[] };

function isDone(attempt: AttemptOutcome) {
  return attempt.successStatus === "passed" || (attempt.completionStatus === "completed" && attempt.successStatus !== "failed");
}

/**
 * Met when every required lesson has a finished attempt and the final assessment has a passed
 * attempt at the course's passing score. The certificate shows the best final score.
 */
export function evaluateCompletion(course: CourseRequirements, attempts: readonly AttemptOutcome[]): { met: boolean; scorePercent: number | null } {
  const done = new Set(attempts.filter(isDone).map((a) => a.lessonId));
  const allDone = course.lessons.every((lesson) => !lesson.required || done.has(lesson.id));
  if (!course.finalAssessment) return { met: allDone, scorePercent: null };
  const passes = attempts.filter(
    (a) => a.lessonId === course.finalAssessment && a.successStatus === "passed" && (a.scoreScaled === null || a.scoreScaled >= course.passingScore / 100),
  );
  if (!allDone || passes.length === 0) return { met: false, scorePercent: null };
  const best = Math.max(...passes.map((a) => a.scoreScaled ?? -1));
  return { met: true, scorePercent: best < 0 ? null : Math.round(best * 100) };
}

/** One completion, one certificate: the unique key that makes a second issue impossible. */
export function completionKey(userId: string, courseId: string, cycle: number) {
  return `${userId}:${courseId}:${cycle}`;
}

/** Calendar months in UTC; the 31st plus one month is the last day of the shorter month. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export type CertificateDraft = {
  userId: string;
  courseId: string;
  courseVersion: number;
  holderName: string;
  courseTitle: string;
  locale: Locale;
  tier: CourseMeta["tier"];
  scorePercent: number | null;
  issuedAt: Date;
  expiresAt: Date | null;
  certifiedTrainer: boolean;
  completionKey: string;
};

/**
 * The certificate's content, frozen at issue: the holder's legal name as it is now, and the course
 * title in the learner's language when the course offers it (otherwise the course's own language).
 */
export function certificateDraft(input: {
  user: { id: string; legalName: string; locale: Locale };
  course: CourseMeta;
  cycle: number;
  scorePercent: number | null;
  issuedAt: Date;
}): CertificateDraft {
  const { user, course, issuedAt } = input;
  const text = courseText(course, user.locale);
  return {
    userId: user.id,
    courseId: course.id,
    courseVersion: course.version,
    holderName: user.legalName.normalize("NFC").trim(),
    courseTitle: text.title,
    locale: text.language,
    tier: course.tier,
    scorePercent: input.scorePercent,
    issuedAt,
    expiresAt: course.certificateValidityMonths ? addMonths(issuedAt, course.certificateValidityMonths) : null,
    certifiedTrainer: course.tier === "train-the-trainer",
    completionKey: completionKey(user.id, course.id, input.cycle),
  };
}
