import { getCatalog, getCompiledLesson } from "#app/content/catalog.server";
import type { QuestionKey } from "#app/content/lesson-manifest";
import { courseText } from "#app/courses/course-text";
import { pickLessonVariant } from "#app/courses/lesson-variant";
import { isLocale, type Locale } from "#app/i18n/locales";
import { dayBuckets } from "#app/reports/time-buckets";
import { extractInteractions } from "#app/scorm/data-model";
import { prisma } from "#app/utils/db.server";
import { analyseItems } from "./item-analysis";

export type LessonState = "not-started" | "in-progress" | "completed" | "failed" | "passed";
export type CourseState = "not-started" | "in-progress" | "completed";

const RANK: Record<LessonState, number> = { "not-started": 0, "in-progress": 1, failed: 2, completed: 3, passed: 4 };

function lessonState(a: { completionStatus: string; successStatus: string }): LessonState {
  if (a.successStatus === "passed") return "passed";
  if (a.completionStatus === "completed") return a.successStatus === "failed" ? "failed" : "completed";
  return "in-progress";
}

type Cohort = { id: string; locale: string; startsAt: Date | null; createdAt: Date; courses: { courseId: string }[] };

/**
 * The trainer's live view of one cohort. Every query goes through the cohort's membership, so
 * only the work of people who joined this cohort, in this cohort's courses, is read.
 */
export async function getCohortReport(cohort: Cohort, uiLocale: Locale, now = new Date()) {
  const catalog = await getCatalog();
  const locale = isLocale(cohort.locale) ? cohort.locale : uiLocale;
  const courseIds = cohort.courses.map((c) => c.courseId);
  const inCohort = { cohortMemberships: { some: { cohortId: cohort.id } } };
  const [members, attempts, enrollments] = await Promise.all([
    prisma.cohortMember.findMany({
      where: { cohortId: cohort.id },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    prisma.attempt.findMany({
      where: { courseId: { in: courseIds }, user: inCohort },
      select: { userId: true, courseId: true, lessonId: true, completionStatus: true, successStatus: true, totalTimeCs: true, updatedAt: true, cmi: true },
    }),
    prisma.enrollment.findMany({ where: { courseId: { in: courseIds }, user: inCohort }, select: { userId: true, courseId: true, completedAt: true, lastActivityAt: true } }),
  ]);

  const courses = courseIds.flatMap((id) => {
    const course = catalog.courses.get(id);
    if (!course) return [];
    const lessons = course.lessons.map((lesson) => {
      const { variant } = pickLessonVariant(course.meta, lesson, locale);
      const keys = new Map<string, QuestionKey>();
      for (const quiz of getCompiledLesson(variant.hash)?.manifest.quizzes ?? []) for (const q of quiz.questions) keys.set(`${quiz.id}/${q.id}`, q);
      return { id: lesson.id, title: variant.frontmatter.title, keys };
    });
    return [{ id, title: courseText(course.meta, locale).title, lessons }];
  });

  const states = new Map<string, LessonState>();
  const timeCs = new Map<string, number>();
  for (const a of attempts) {
    const key = `${a.userId}|${a.courseId}|${a.lessonId}`;
    const state = lessonState(a);
    if (RANK[state] > RANK[states.get(key) ?? "not-started"]) states.set(key, state);
    timeCs.set(a.userId, (timeCs.get(a.userId) ?? 0) + a.totalTimeCs);
  }
  const enrollmentOf = new Map(enrollments.map((e) => [`${e.userId}|${e.courseId}`, e]));

  const learners = members.map(({ user, joinedAt }) => {
    const activity = enrollments.filter((e) => e.userId === user.id && e.lastActivityAt).map((e) => e.lastActivityAt!.getTime());
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      joinedAt: joinedAt.toISOString(),
      minutes: Math.round((timeCs.get(user.id) ?? 0) / 6000),
      lastActivityAt: activity.length ? new Date(Math.max(...activity)).toISOString() : null,
      lessons: Object.fromEntries(courses.flatMap((c) => c.lessons.map((l) => [`${c.id}/${l.id}`, states.get(`${user.id}|${c.id}|${l.id}`) ?? "not-started"]))) as Record<string, LessonState>,
      courses: Object.fromEntries(courses.map((c) => [c.id, courseState(enrollmentOf.get(`${user.id}|${c.id}`))])) as Record<string, CourseState>,
    };
  });

  const items = courses.flatMap((course) =>
    course.lessons.flatMap((lesson) => {
      if (lesson.keys.size === 0) return [];
      const lessonAttempts = attempts
        .filter((a) => a.courseId === course.id && a.lessonId === lesson.id)
        .map((a) => ({ userId: a.userId, updatedAt: a.updatedAt, interactions: extractInteractions("2004", safeJson(a.cmi)) }));
      return analyseItems(lessonAttempts, lesson.keys).map((stats) => {
        const key = lesson.keys.get(stats.questionId)!;
        return {
          courseId: course.id,
          lessonTitle: lesson.title,
          ...stats,
          prompt: key.prompt,
          commonWrongText: stats.commonWrong ? stats.commonWrong.map((i) => key.options[i]?.text ?? `#${i + 1}`).join(" + ") : null,
        };
      });
    }),
  );

  const statusCounts: Record<CourseState, number> = { "not-started": 0, "in-progress": 0, completed: 0 };
  for (const learner of learners) for (const state of Object.values(learner.courses)) statusCounts[state]++;
  const days = dayBuckets(cohort.startsAt && cohort.startsAt < now ? cohort.startsAt : cohort.createdAt, now);
  const perDay = new Map<string, number>();
  for (const e of enrollments) if (e.completedAt) perDay.set(e.completedAt.toISOString().slice(0, 10), (perDay.get(e.completedAt.toISOString().slice(0, 10)) ?? 0) + 1);

  return {
    courses: courses.map((c) => ({ id: c.id, title: c.title, lessons: c.lessons.map((l) => ({ id: l.id, title: l.title })) })),
    learners,
    items,
    statusCounts,
    completionsByDay: days.map((day) => ({ day, count: perDay.get(day) ?? 0 })),
  };
}

function courseState(enrollment: { completedAt: Date | null; lastActivityAt: Date | null } | undefined): CourseState {
  if (enrollment?.completedAt) return "completed";
  return enrollment?.lastActivityAt ? "in-progress" : "not-started";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

export type CohortReport = Awaited<ReturnType<typeof getCohortReport>>;
