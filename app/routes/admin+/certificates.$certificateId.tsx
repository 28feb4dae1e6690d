import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getCertificateForAdmin } from "#app/certificates/admin-certificates.server";
import { AuditTable } from "#app/certificates/audit-table";
import { useCertificateDate } from "#app/certificates/certificate-list";
import { reissueCertificate, revokeCertificate } from "#app/certificates/issue.server";
import { Field } from "#app/components/field";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { formDataToObject, parseForm, type FieldErrors } from "#app/utils/forms";

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("revoke"),
    reason: z.string().trim().min(3, "certificates.admin.reasonRequired").max(500, "errors.tooLong"),
  }),
  z.object({
    intent: z.literal("reissue"),
    legalName: z.string().trim().min(1, "errors.required").max(200, "errors.tooLong"),
  }),
]);

async function requireCertificate(id: string | undefined) {
  const found = id ? await getCertificateForAdmin(id) : null;
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:certificate:any");
  return requireCertificate(params.certificateId);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireUserWithPermission(request, "manage:certificate:any");
  const { certificate } = await requireCertificate(params.certificateId);
  const form = formDataToObject(await request.formData());
  const parsed = parseForm(ActionSchema, form);
  if (!parsed.ok) return data({ intent: form.intent ?? null, fieldErrors: parsed.fieldErrors }, { status: 400 });
  // Revoked and replaced certificates are final; only a valid (possibly expired) one can change.
  if (certificate.storedStatus !== "valid") return data({ intent: parsed.data.intent, fieldErrors: notValid }, { status: 409 });
  if (parsed.data.intent === "revoke") {
    if (!(await revokeCertificate(certificate.id, admin.id, parsed.data.reason))) return data({ intent: "revoke", fieldErrors: notValid }, { status: 409 });
    return redirect(`/admin/certificates/${certificate.id}?revoked=1`);
  }
  const replacement = await reissueCertificate(certificate.id, admin.id, parsed.data.legalName);
  if (!replacement) return data({ intent: "reissue", fieldErrors: notValid }, { status: 409 });
  return redirect(`/admin/certificates/${replacement.id}?reissued=1`);
}

const notValid: FieldErrors = { form: [{ key: "certificates.admin.notValid" }] };

export default function AdminCertificatePage() {
  const { t } = useTranslation();
  const { certificate, replacement, replaced, audit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const date = useCertificateDate();
  const errorsFor = (intent: string, field: string) => (actionData?.intent === intent ? actionData.fieldErrors[field] : undefined);
  const formError = actionData?.fieldErrors.form?.[0];
  return (
    <div className="page">
      <p>
        <Link to="/admin/certificates">{t("certificates.admin.backToList")}</Link>
      </p>
      <h1 dir="auto">{certificate.holderName}</h1>
      {searchParams.get("reissued") ? (
        <p className="notice notice--success" role="status">
          {t("certificates.admin.reissued")}
        </p>
      ) : null}
      {searchParams.get("revoked") ? (
        <p className="notice notice--success" role="status">
          {t("certificates.admin.revoked")}
        </p>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {t(formError.key)}
        </p>
      ) : null}
      <dl className="facts panel">
        <dt>{t("certificates.fields.status")}</dt>
        <dd data-status={certificate.status}>{t(`certificates.status.${certificate.status}`)}</dd>
        <dt>{t("certificates.fields.course")}</dt>
        <dd dir="auto">
          {certificate.courseTitle} ({certificate.courseId} v{certificate.courseVersion})
        </dd>
        <dt>{t("certificates.fields.tier")}</dt>
        <dd>{t(`tiers.${certificate.tier}`, { defaultValue: certificate.tier })}</dd>
        <dt>{t("certificates.fields.score")}</dt>
        <dd>{certificate.scorePercent === null ? "—" : `${certificate.scorePercent}%`}</dd>
        <dt>{t("certificates.fields.issued")}</dt>
        <dd>{date(certificate.issuedAt)}</dd>
        <dt>{t("certificates.fields.expires")}</dt>
        <dd>{certificate.expiresAt ? date(certificate.expiresAt) : t("certificates.noExpiry")}</dd>
        {certificate.revokedAt ? (
          <>
            <dt>{t("certificates.admin.revokedOn")}</dt>
            <dd>
              {date(certificate.revokedAt)}: <span dir="auto">{certificate.revokedReason}</span>
            </dd>
          </>
        ) : null}
        <dt>{t("certificates.fields.code")}</dt>
        <dd dir="ltr">{certificate.displayCode}</dd>
        <dt>{t("certificates.admin.account")}</dt>
        <dd>
          <span dir="auto">{certificate.user.legalName}</span> · <span dir="ltr">{certificate.user.email}</span>
        </dd>
      </dl>
      <p className="hero__actions">
        <a className="button button--small button--secondary" href={`/certificates/${certificate.id}.pdf`} download>
          {t("certificates.learner.download")}
        </a>
        <Link className="button button--small button--secondary" to={`/verify/${certificate.code}`}>
          {t("certificates.learner.verify")}
        </Link>
        {replacement ? (
          <Link className="button button--small" to={`/admin/certificates/${replacement.id}`}>
            {t("certificates.admin.replacement")}
          </Link>
        ) : null}
        {replaced.map((r) => (
          <Link key={r.id} className="button button--small button--secondary" to={`/admin/certificates/${r.id}`}>
            {t("certificates.admin.replaced")}
          </Link>
        ))}
      </p>

      {certificate.storedStatus === "valid" ? (
        <div className="course-page__grid">
          <Form method="post" className="panel stack">
            <h2>{t("certificates.admin.revokeTitle")}</h2>
            <Field label={t("certificates.admin.reason")} hint={t("certificates.admin.reasonHint")} name="reason" required minLength={3} maxLength={500} errors={errorsFor("revoke", "reason")} />
            <button className="button button--danger" name="intent" value="revoke">
              {t("certificates.admin.revokeSubmit")}
            </button>
          </Form>
          <Form method="post" className="panel stack">
            <h2>{t("certificates.admin.reissueTitle")}</h2>
            <p className="muted">{t("certificates.admin.reissueBody")}</p>
            <Field label={t("certificates.admin.legalName")} name="legalName" defaultValue={certificate.user.legalName} required maxLength={200} dir="auto" errors={errorsFor("reissue", "legalName")} />
            <button className="button" name="intent" value="reissue">
              {t("certificates.admin.reissueSubmit")}
            </button>
          </Form>
        </div>
      ) : null}

      <h2>{t("certificates.admin.history")}</h2>
      <AuditTable entries={audit} />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Certificate · Administration · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
