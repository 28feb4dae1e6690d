import i18next, { type i18n as I18n } from "i18next";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type Resources = Record<string, unknown>;

/**
 * One instance per render: the server handles many locales at once, so a shared global instance
 * would leak one request's language into another.
 */
export function createI18n(locale: Locale, messages: Resources, fallback?: Resources): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: {
      [locale]: { translation: messages },
      ...(fallback && locale !== DEFAULT_LOCALE ? { [DEFAULT_LOCALE]: { translation: fallback } } : {}),
    },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
