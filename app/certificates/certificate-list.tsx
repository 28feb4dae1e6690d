import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALE_TAGS, isLocale } from "#app/i18n/locales";
import { useLocale } from "#app/utils/i18n-context";
import type { CertificateStatus } from "./certificate-status";
import type { LearnerCertificate } from "./learner-certificates.server";

type Item = Pick<LearnerCertificate, "id" | "courseId" | "courseTitle" | "language" | "tier" | "certifiedTrainer" | "issuedAt" | "expiresAt" | "status" | "code" | "displayCode" | "recertifiable">;

const BADGE: Record<CertificateStatus, string> = { valid: "badge--completed", expired: "badge--muted", revoked: "", superseded: "badge--muted" };

export function useCertificateDate() {
  const locale = useLocale();
  return (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

/** One certificate as a card: status, dates, download and verification links. */
export function CertificateCard({ certificate, showTitle = true }: { certificate: Item; showTitle?: boolean }) {
  const { t } = useTranslation();
  const date = useCertificateDate();
  const lang = isLocale(certificate.language) ? LOCALE_TAGS[certificate.language] : undefined;
  return (
    <div className="course-card certificate-card" data-certificate-id={certificate.id} data-status={certificate.status}>
      {showTitle ? (
        <h3 className="course-card__title" lang={lang}>
          <Link to={`/courses/${certificate.courseId}`}>{certificate.courseTitle}</Link>
        </h3>
      ) : null}
      <p>
        <span className={`badge ${BADGE[certificate.status]}`}>{t(`certificates.status.${certificate.status}`)}</span>
        {certificate.certifiedTrainer ? <span className="badge">{t("certificates.certifiedTrainer")}</span> : null}
      </p>
      <dl className="facts">
        <dt>{t("certificates.fields.tier")}</dt>
        <dd>{t(`tiers.${certificate.tier}`, { defaultValue: certificate.tier })}</dd>
        <dt>{t("certificates.fields.issued")}</dt>
        <dd>{date(certificate.issuedAt)}</dd>
        <dt>{t("certificates.fields.expires")}</dt>
        <dd>{certificate.expiresAt ? date(certificate.expiresAt) : t("certificates.noExpiry")}</dd>
        <dt>{t("certificates.fields.code")}</dt>
        <dd dir="ltr" className="certificate-code">
          {certificate.displayCode}
        </dd>
      </dl>
      <p className="hero__actions">
        <a className="button button--small" href={`/certificates/${certificate.id}.pdf`} download>
          {t("certificates.learner.download")}
        </a>
        <Link className="button button--small button--secondary" to={`/verify/${certificate.code}`}>
          {t("certificates.learner.verify")}
        </Link>
      </p>
    </div>
  );
}

/** Posts to the page it sits on, which handles `intent=recertify`. */
export function RecertifyForm({ courseId, courseTitle }: { courseId: string; courseTitle: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post">
      <input type="hidden" name="courseId" value={courseId} />
      <button className="button button--small" name="intent" value="recertify" aria-label={t("certificates.learner.recertifyLabel", { course: courseTitle })}>
        {t("certificates.learner.recertify")}
      </button>
    </Form>
  );
}
