import { data, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBanner } from "#app/certificates/status-banner";
import { lookupForVerification, wantsJson } from "#app/certificates/verify-lookup.server";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { LOCALE_TAGS, isLocale } from "#app/i18n/locales";
import { useLocale } from "#app/utils/i18n-context";

/**
 * Public: no login. Machines asking for JSON (Accept header or ?format=json) are sent to the JSON
 * address; a page route cannot answer with a bare JSON body.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  if (wantsJson(request)) throw redirect(`/verify/${encodeURIComponent(params.code ?? "")}.json`, { status: 303 });
  const outcome = await lookupForVerification(params.code, context.clientIp);
  if (outcome.status !== 200) throw new Response(outcome.status === 429 ? "Too many requests" : "Not found", { status: outcome.status });
  return data({ certificate: outcome.certificate }, { headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export default function VerifyCertificatePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { certificate } = useLoaderData<typeof loader>();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
  const lang = isLocale(certificate.language) ? LOCALE_TAGS[certificate.language] : undefined;
  return (
    <div className="page page--narrow verify-page">
      <h1>{t("certificates.verify.title")}</h1>
      <StatusBanner
        status={certificate.status}
        expiredOn={certificate.expiresAt ? date(certificate.expiresAt) : null}
        revokedOn={certificate.revokedAt ? date(certificate.revokedAt) : null}
        currentCode={certificate.currentCode}
      />
      <dl className="facts panel">
        <dt>{t("certificates.fields.holder")}</dt>
        <dd lang={lang}>{certificate.holderName}</dd>
        <dt>{t("certificates.fields.course")}</dt>
        <dd lang={lang}>{certificate.courseTitle}</dd>
        <dt>{t("certificates.fields.tier")}</dt>
        <dd>
          {t(`tiers.${certificate.tier}`, { defaultValue: certificate.tier })}
          {certificate.certifiedTrainer ? <span className="badge">{t("certificates.certifiedTrainer")}</span> : null}
        </dd>
        <dt>{t("certificates.fields.issued")}</dt>
        <dd>{date(certificate.issuedAt)}</dd>
        <dt>{t("certificates.fields.expires")}</dt>
        <dd>{certificate.expiresAt ? date(certificate.expiresAt) : t("certificates.noExpiry")}</dd>
        <dt>{t("certificates.fields.code")}</dt>
        <dd dir="ltr" className="certificate-code">
          {certificate.code}
        </dd>
      </dl>
      <p className="muted">
        <Link to={`/verify/${certificate.code.replace(/-/g, "")}.json`} reloadDocument>
          {t("certificates.verify.machineReadable")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Certificate verification · Integrity Academy" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
