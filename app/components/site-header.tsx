import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useOptionalUser } from "#app/utils/i18n-context";
import { hasPermission } from "#app/utils/permissions";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t("app.name")}</span>
        </Link>
        <nav aria-label={t("app.mainNav")} className="main-nav">
          <NavLink to="/courses">{t("nav.catalog")}</NavLink>
          <NavLink to="/courses/path">{t("nav.path")}</NavLink>
          {user ? <NavLink to="/learn">{t("nav.myLearning")}</NavLink> : null}
          <NavLink to="/glossary">{t("nav.glossary")}</NavLink>
          {hasPermission(user, "import:scorm-package") ? <NavLink to="/packages">{t("packages.nav")}</NavLink> : null}
          {hasPermission(user, "read:report:org") ? <NavLink to="/org">{t("organizations.nav.organization")}</NavLink> : null}
          {hasPermission(user, "manage:cohort:own") ? <NavLink to="/cohorts" end>{t("organizations.nav.cohorts")}</NavLink> : null}
          {user ? <NavLink to="/cohorts/join">{t("organizations.nav.joinWorkshop")}</NavLink> : null}
          {hasPermission(user, "manage:roles:any") ? <NavLink to="/admin">{t("nav.admin")}</NavLink> : null}
        </nav>
        <div className="site-header__tools">
          <LanguageSwitcher />
          {user ? (
            <details className="account-menu">
              <summary>{user.name}</summary>
              <ul>
                <li>
                  <Link to="/settings/profile">{t("nav.profile")}</Link>
                </li>
                <li>
                  <Link to="/settings/password">{t("nav.password")}</Link>
                </li>
                {hasPermission(user, "manage:certificate:any") ? (
                  <li>
                    <Link to="/admin/certificates">{t("certificates.admin.title")}</Link>
                  </li>
                ) : null}
                <li>
                  <Form method="post" action="/logout">
                    <button type="submit" className="link-button">
                      {t("nav.logout")}
                    </button>
                  </Form>
                </li>
              </ul>
            </details>
          ) : (
            <span className="auth-links">
              <Link to="/login">{t("nav.login")}</Link>
              <Link to="/signup" className="button button--small">
                {t("nav.signup")}
              </Link>
            </span>
          )}
        </div>
      </div>
    </header>
  );
}
