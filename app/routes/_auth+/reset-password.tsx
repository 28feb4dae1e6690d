import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field } from "#app/components/field";
import { hashPassword } from "#app/utils/auth.server";
import { formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { findValidResetToken, resetPassword } from "#app/utils/password-reset.server";
import { PasswordSchema } from "#app/utils/user-validation";

const ResetSchema = z.object({ token: z.string().min(1).max(200), password: PasswordSchema });

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token.length > 0 && token.length <= 200 && (await findValidResetToken(token)) !== null;
  return { token, valid };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(ResetSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, status: "invalid" as const }, { status: 400 });
  const record = await findValidResetToken(parsed.data.token);
  if (!record) return data({ fieldErrors: noFieldErrors, status: "expired" as const }, { status: 400 });
  await resetPassword(record.id, record.userId, await hashPassword(parsed.data.password));
  return { fieldErrors: noFieldErrors, status: "done" as const };
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token, valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData?.status === "done") {
    return (
      <div className="page page--narrow">
        <h1>{t("auth.resetChoose")}</h1>
        <p role="status" className="notice notice--success">
          {t("auth.resetDone")}
        </p>
        <Link to="/login" className="button">
          {t("nav.login")}
        </Link>
      </div>
    );
  }
  if (!valid || actionData?.status === "expired") {
    return (
      <div className="page page--narrow">
        <h1>{t("auth.resetChoose")}</h1>
        <p role="alert" className="notice notice--error">
          {t("auth.resetInvalid")}
        </p>
        <Link to="/forgot-password">{t("auth.resetTitle")}</Link>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t("auth.resetChoose")}</h1>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="token" value={token} />
        <Field
          label={t("auth.newPassword")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          errors={actionData?.fieldErrors.password}
        />
        <button type="submit" className="button">
          {t("auth.resetSave")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Choose a new password · Integrity Academy" }];
