import i18next, { type i18n as I18n } from "i18next";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type Resources = Record<string, unknown>;

/**
 * One instance per locale: the server handles many locales at once, so a single global instance
 * would leak one request's language into another.
 */
const instances = new Map<Locale, I18n>();

export function createI18n(locale: Locale, messages: Resources | undefined): I18n {
  // Instances never change language after init, so one per locale can serve every render.
  const cached = instances.get(locale);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: { [locale]: { translation: messages ?? {} } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  // Without messages (their script failed to load) keys show; try again on the next render.
  if (messages) instances.set(locale, instance);
  return instance;
}
