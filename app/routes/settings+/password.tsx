import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "#app/components/field";
import { hashPassword, requireUser, verifyLogin } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { fieldError, formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { ChangePasswordSchema } from "#app/utils/user-validation";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(ChangePasswordSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, changed: false }, { status: 400 });
  if (!(await verifyLogin(user.email, parsed.data.currentPassword))) {
    return data({ fieldErrors: fieldError("currentPassword", "auth.wrongCurrentPassword"), changed: false }, { status: 400 });
  }
  const hash = await hashPassword(parsed.data.newPassword);
  await prisma.password.update({ where: { userId: user.id }, data: { hash } });
  return { fieldErrors: noFieldErrors, changed: true };
}

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page page--narrow">
      <h1>{t("nav.password")}</h1>
      {actionData?.changed ? (
        <p role="status" className="notice notice--success">
          {t("auth.passwordChanged")}
        </p>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <Field
          label={t("auth.currentPassword")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          errors={actionData?.fieldErrors.currentPassword}
        />
        <Field
          label={t("auth.newPassword")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          errors={actionData?.fieldErrors.newPassword}
        />
        <button type="submit" className="button">
          {t("nav.password")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Change password · Integrity Academy" }];
