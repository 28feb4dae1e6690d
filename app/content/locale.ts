export type { Locale } from "#app/i18n/locales";
