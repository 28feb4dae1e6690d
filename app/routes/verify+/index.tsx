import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseVerificationCode } from "#app/certificates/verification-code";
import { Field } from "#app/components/field";
import { GeneralErrorBoundary } from "#app/components/error-boundary";

/** A code typed from paper: checked for shape here, looked up on its own page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const input = new URL(request.url).searchParams.get("code");
  if (input === null) return { input: "", invalid: false };
  const code = parseVerificationCode(input);
  if (code) throw redirect(`/verify/${code}`);
  return { input: input.slice(0, 64), invalid: true };
}

export default function VerifyLookupPage() {
  const { t } = useTranslation();
  const { input, invalid } = useLoaderData<typeof loader>();
  return (
    <div className="page page--narrow">
      <h1>{t("certificates.verify.title")}</h1>
      <p>{t("certificates.verify.lookupBody")}</p>
      <Form method="get" className="stack">
        <Field
          label={t("certificates.fields.code")}
          hint={t("certificates.verify.codeHint")}
          name="code"
          defaultValue={input}
          required
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          errors={invalid ? [{ key: "certificates.verify.invalidCode" }] : undefined}
        />
        <button type="submit" className="button">
          {t("certificates.verify.lookupSubmit")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Verify a certificate · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
