import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALE_NAMES, LOCALES, LOCALE_TAGS } from "#app/i18n/locales";
import { useLocale } from "#app/utils/i18n-context";

/** A plain form, so the language can be changed before (or without) JavaScript. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  return (
    <Form method="post" action="/resources/locale" className="language-switcher" reloadDocument>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <label htmlFor="locale-select" className="visually-hidden">
        {t("app.language")}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        key={locale}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={LOCALE_TAGS[code]}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">{t("app.apply")}</button>
      </noscript>
    </Form>
  );
}
