import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CertificateStatus } from "./certificate-status";

const TONE: Record<CertificateStatus, string> = {
  valid: "notice--success",
  expired: "notice--warning",
  revoked: "notice--error",
  superseded: "notice--info",
};

/** The verdict a supervisor or auditor reads first; dates arrive formatted in the page's language. */
export function StatusBanner({ status, expiredOn, revokedOn, currentCode }: { status: CertificateStatus; expiredOn: string | null; revokedOn: string | null; currentCode: string | null }) {
  const { t } = useTranslation();
  return (
    <div className={`notice ${TONE[status]} status-banner`} role="status" data-status={status}>
      <p className="status-banner__title">{t(`certificates.status.${status}`)}</p>
      <p>
        {status === "valid"
          ? t("certificates.verify.validBody")
          : status === "expired"
            ? t("certificates.verify.expiredBody", { date: expiredOn ?? "" })
            : status === "revoked"
              ? t("certificates.verify.revokedBody", { date: revokedOn ?? "" })
              : t("certificates.verify.supersededBody")}
      </p>
      {status === "superseded" && currentCode ? (
        <p>
          <Link to={`/verify/${currentCode}`}>{t("certificates.verify.seeCurrent")}</Link>
        </p>
      ) : null}
    </div>
  );
}
