import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { useLocale } from "#app/utils/i18n-context";
import type { AuditEntry } from "./admin-certificates.server";

const ACTIONS = ["certificate.issue", "certificate.revoke", "certificate.reissue"] as const;

/** Who did what to which certificate, and when; details are shown as recorded. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  if (entries.length === 0) return <p className="empty-state">{t("certificates.admin.noAudit")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table audit-log">
        <thead>
          <tr>
            <th scope="col">{t("certificates.admin.when")}</th>
            <th scope="col">{t("certificates.admin.who")}</th>
            <th scope="col">{t("certificates.admin.action")}</th>
            <th scope="col">{t("certificates.admin.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-action={entry.action}>
              <td>{when(entry.createdAt)} UTC</td>
              <td>{entry.actor ? <span dir="auto">{entry.actor.name}</span> : t("certificates.admin.system")}</td>
              <td>
                <Link to={`/admin/certificates/${entry.certificateId}`}>
                  {(ACTIONS as readonly string[]).includes(entry.action) ? t(`certificates.admin.actions.${entry.action as (typeof ACTIONS)[number]}`) : entry.action}
                </Link>
              </td>
              <td dir="auto">
                {Object.entries(entry.details)
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
