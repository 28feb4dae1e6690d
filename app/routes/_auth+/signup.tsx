import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormError, Honeypot } from "#app/components/field";
import { getTranslator, resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALES } from "#app/i18n/locales";
import { createSessionCookie, hashPassword, requireAnonymous, safeRedirect } from "#app/utils/auth.server";
import { isUniqueViolation, prisma } from "#app/utils/db.server";
import { fieldError, formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { useLocale } from "#app/utils/i18n-context";
import { SignupSchema } from "#app/utils/user-validation";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const t = getTranslator(await resolveLocale(request));
  const form = formDataToObject(await request.formData());
  if (form.website) return data({ fieldErrors: noFieldErrors, formError: t("errors.formInvalid") }, { status: 400 });

  const parsed = parseForm(SignupSchema, form);
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, formError: t("errors.formInvalid") }, { status: 400 });

  // An invitation sends newcomers here with the page to come back to.
  const { email, password, redirectTo, ...profile } = parsed.data;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    return data({ fieldErrors: fieldError("email", "auth.emailTaken"), formError: t("errors.formInvalid") }, { status: 409 });
  }
  const passwordHash = await hashPassword(password);
  const user = await prisma.user
    .create({
      data: {
        email,
        ...profile,
        password: { create: { hash: passwordHash } },
        roles: { connect: { name: "learner" } },
      },
      select: { id: true },
    })
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
    .catch((error: unknown) => (isUniqueViolation(error) ? null : Promise.reject(error)));
  if (!user) {
    return data({ fieldErrors: fieldError("email", "auth.emailTaken"), formError: t("errors.formInvalid") }, { status: 409 });
  }
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await createSessionCookie(user.id) } });
}

export default function SignupPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.fieldErrors;
  const busy = useNavigation().state === "submitting";
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <div className="page page--narrow">
      <h1>{t("auth.signupTitle")}</h1>
      <Form method="post" className="stack" noValidate>
        <FormError message={actionData?.formError} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Honeypot />
        <Field label={t("auth.name")} name="name" autoComplete="nickname" required maxLength={100} errors={errors?.name} />
        <Field
          label={t("auth.legalName")}
          hint={t("auth.legalNameHint")}
          name="legalName"
          autoComplete="name"
          required
          maxLength={200}
          errors={errors?.legalName}
        />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} errors={errors?.email} />
        <Field
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          errors={errors?.password}
        />
        <div className="field">
          <label htmlFor="signup-locale">{t("auth.locale")}</label>
          <select id="signup-locale" name="locale" defaultValue={locale}>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("auth.submitSignup")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to={redirectTo ? `/login?${new URLSearchParams({ redirectTo })}` : "/login"}>{t("nav.login")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Sign up · Integrity Academy" }];
