import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field, Honeypot } from "#app/components/field";
import { getTranslator, resolveLocale } from "#app/i18n/i18n.server";
import { isLocale } from "#app/i18n/locales";
import { prisma } from "#app/utils/db.server";
import { env } from "#app/utils/env.server";
import { formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { sendMail } from "#app/utils/mail.server";
import { createResetToken } from "#app/utils/password-reset.server";
import { createRateLimiter } from "#app/utils/rate-limit.server";
import { EmailSchema } from "#app/utils/user-validation";

const ForgotSchema = z.object({ email: EmailSchema });
const resetLimiter = createRateLimiter({ limit: 5, windowMs: 60 * 60_000 });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = formDataToObject(await request.formData());
  const parsed = parseForm(ForgotSchema, form);
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, sent: false }, { status: 400 });
  // The same answer whether or not the account exists, so the form cannot be used to find members.
  if (form.website || !resetLimiter.isAllowed(`${context.clientIp}:${parsed.data.email}`)) return { fieldErrors: noFieldErrors, sent: true };
  resetLimiter.hit(`${context.clientIp}:${parsed.data.email}`);

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, email: true, locale: true } });
  if (user) {
    const token = await createResetToken(user.id);
    const origin = env.PUBLIC_URL ?? new URL(request.url).origin;
    const t = getTranslator(isLocale(user.locale) ? user.locale : await resolveLocale(request));
    await sendMail({
      to: user.email,
      subject: t("auth.resetEmailSubject"),
      text: t("auth.resetEmailBody", { link: `${origin}/reset-password?token=${token}` }),
    });
  }
  return { fieldErrors: noFieldErrors, sent: true };
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page page--narrow">
      <h1>{t("auth.resetTitle")}</h1>
      {actionData?.sent ? (
        <p role="status" className="notice notice--success">
          {t("auth.resetSent")}
        </p>
      ) : (
        <Form method="post" className="stack" noValidate>
          <p>{t("auth.resetIntro")}</p>
          <Honeypot />
          <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} errors={actionData?.fieldErrors.email} />
          <button type="submit" className="button">
            {t("auth.resetSend")}
          </button>
        </Form>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Reset password · Integrity Academy" }];
