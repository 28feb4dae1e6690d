import type { Locale } from "#app/i18n/locales";
import type { CourseMeta } from "#app/content/course-schema";
import type { Catalog } from "#app/content/load-catalog.server";

/** A course's title, summary and objectives in the learner's language, or its default one. */
export function courseText(meta: CourseMeta, locale: Locale) {
  const translated = locale === meta.defaultLanguage ? undefined : meta.translations[locale];
  return {
    title: translated?.title ?? meta.title,
    summary: translated?.summary ?? meta.summary,
    objectives: translated?.objectives ?? meta.objectives,
    language: translated ? locale : meta.defaultLanguage,
  };
}

/** Titles by course id for lists and reports; a course no longer in the catalog shows its id. */
export function courseTitleOf(catalog: Catalog, locale: Locale) {
  return (courseId: string) => {
    const course = catalog.courses.get(courseId);
    return course ? courseText(course.meta, locale).title : courseId;
  };
}
