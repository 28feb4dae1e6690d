import type { Locale } from "#app/i18n/locales";
import type { CourseMeta } from "#app/content/course-schema";

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
