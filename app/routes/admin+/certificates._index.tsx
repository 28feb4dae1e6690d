import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getAuditEntries, searchCertificates } from "#app/certificates/admin-certificates.server";
import { AuditTable } from "#app/certificates/audit-table";
import { useCertificateDate } from "#app/certificates/certificate-list";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { requireUserWithPermission } from "#app/utils/auth.server";

const SearchSchema = z.object({ q: z.string().trim().max(100).catch("") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:certificate:any");
  const { q } = SearchSchema.parse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  const [certificates, audit] = await Promise.all([searchCertificates(q), getAuditEntries({ take: 20 })]);
  return { q, certificates, audit };
}

export default function AdminCertificatesPage() {
  const { t } = useTranslation();
  const { q, certificates, audit } = useLoaderData<typeof loader>();
  const date = useCertificateDate();
  return (
    <div className="page">
      <h1>{t("certificates.admin.title")}</h1>
      <Form method="get" className="inline-form" role="search">
        <label htmlFor="certificate-q">{t("certificates.admin.search")}</label>
        <input id="certificate-q" name="q" type="search" defaultValue={q} maxLength={100} />
        <button type="submit" className="button button--secondary">
          {t("certificates.admin.searchSubmit")}
        </button>
      </Form>
      {certificates.length === 0 ? (
        <p className="empty-state">{t("certificates.admin.noResults")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("certificates.fields.holder")}</th>
                <th scope="col">{t("certificates.fields.course")}</th>
                <th scope="col">{t("certificates.fields.issued")}</th>
                <th scope="col">{t("certificates.fields.status")}</th>
                <th scope="col">{t("certificates.fields.code")}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((c) => (
                <tr key={c.id} data-certificate-id={c.id}>
                  <td>
                    <Link to={`/admin/certificates/${c.id}`} dir="auto">
                      {c.holderName}
                    </Link>
                    <br />
                    <span className="muted" dir="ltr">
                      {c.email}
                    </span>
                  </td>
                  <td dir="auto">{c.courseTitle}</td>
                  <td>{date(c.issuedAt)}</td>
                  <td>{t(`certificates.status.${c.status}`)}</td>
                  <td dir="ltr">{c.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("certificates.admin.recentActivity")}</h2>
      <AuditTable entries={audit} />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Certificates · Administration · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
