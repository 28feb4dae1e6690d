import { getCatalog, getCompiledLesson } from "#app/content/catalog.server";
import type { CompiledLesson } from "#app/content/compile-lesson.server";
import type { QuestionKey } from "#app/content/lesson-manifest";
import type { Locale } from "#app/i18n/locales";
import type { SessionUser } from "#app/utils/auth.server";
import { hasPermission } from "#app/utils/permissions";
import { getEnrollment, requireCourse } from "./enrollment.server";
import { pickLessonVariant } from "./lesson-variant";

/** The course, lesson and compiled variant a signed-in, enrolled learner may open; 404/403 otherwise. */
export async function requireEnrolledLesson(user: SessionUser, courseId: string | undefined, lessonId: string | undefined, locale: Locale) {
  const course = requireCourse(await getCatalog(), courseId);
  const lesson = course.lessons.find((l) => l.id === lessonId);
  if (!lesson) throw new Response("Lesson not found", { status: 404 });
  const enrollment = await getEnrollment(user.id, course.meta.id);
  if (!enrollment) throw new Response("Enrol in the course first", { status: 403 });
  const picked = pickLessonVariant(course.meta, lesson, locale);
  const trainer = hasPermission(user, "read:facilitator-notes") && picked.variant.trainerHash;
  const compiled = getCompiledLesson(trainer ? picked.variant.trainerHash! : picked.variant.hash);
  if (!compiled) throw new Response("Lesson is being prepared; try again in a moment", { status: 503 });
  return { course, lesson, enrollment, compiled, ...picked };
}

/** Every question of a lesson, keyed as the SCORM interaction ids the player reports. */
// Built once per compiled lesson: every commit and every answer check asks for it.
const answerKeys = new WeakMap<CompiledLesson, Map<string, QuestionKey>>();

export function answerKeyOf(compiled: CompiledLesson) {
  let key = answerKeys.get(compiled);
  if (!key) {
    key = new Map();
    for (const quiz of compiled.manifest.quizzes) for (const q of quiz.questions) key.set(`${quiz.id}/${q.id}`, q);
    answerKeys.set(compiled, key);
  }
  return key;
}
