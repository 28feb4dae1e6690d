import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormError } from "#app/components/field";
import { getTranslator, resolveLocale } from "#app/i18n/i18n.server";
import { createSessionCookie, requireAnonymous, safeRedirect, verifyLogin } from "#app/utils/auth.server";
import { formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { accountLimiter, ipLimiter } from "#app/utils/login-throttle.server";
import { LoginSchema } from "#app/utils/user-validation";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const t = getTranslator(await resolveLocale(request));
  const parsed = parseForm(LoginSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, formError: null }, { status: 400 });

  const { email, password, redirectTo } = parsed.data;
  const ipKey = `ip:${context.clientIp ?? "unknown"}`;
  const accountKey = `account:${email}`;
  if (!accountLimiter.isAllowed(accountKey) || !ipLimiter.isAllowed(ipKey)) {
    const minutes = accountLimiter.minutesUntilReset(accountKey);
    return data({ fieldErrors: noFieldErrors, formError: t("auth.tooManyAttempts", { minutes }) }, { status: 429 });
  }

  const userId = await verifyLogin(email, password);
  if (!userId) {
    accountLimiter.hit(accountKey);
    ipLimiter.hit(ipKey);
    return data({ fieldErrors: noFieldErrors, formError: t("auth.invalidCredentials") }, { status: 400 });
  }
  accountLimiter.reset(accountKey);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await createSessionCookie(userId) } });
}

export default function LoginPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page page--narrow">
      <h1>{t("auth.loginTitle")}</h1>
      <Form method="post" className="stack" noValidate>
        <FormError message={actionData?.formError} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          errors={actionData?.fieldErrors.email}
        />
        <Field
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          errors={actionData?.fieldErrors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.submitLogin")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("auth.forgot")}</Link>
      </p>
      <p>
        {t("auth.noAccount")} <Link to={searchParams.get("redirectTo") ? `/signup?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo")! })}` : "/signup"}>{t("nav.signup")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Log in · Integrity Academy" }];
