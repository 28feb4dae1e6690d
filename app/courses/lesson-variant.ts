import type { LessonEntry } from "#app/content/load-catalog.server";
import type { CourseMeta } from "#app/content/course-schema";
import type { Locale } from "#app/i18n/locales";

/** The learner's language when the lesson has it, else the course's default language. */
export function pickLessonVariant(meta: CourseMeta, lesson: LessonEntry, locale: Locale) {
  const own = lesson.variants[locale];
  if (own) return { locale, variant: own, fallback: false };
  const fallback = lesson.variants[meta.defaultLanguage];
  if (!fallback) throw new Error(`Lesson ${meta.id}/${lesson.id} has no ${meta.defaultLanguage} variant`);
  return { locale: meta.defaultLanguage, variant: fallback, fallback: true };
}
