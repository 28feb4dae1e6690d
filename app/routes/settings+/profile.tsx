import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "#app/components/field";
import { LOCALE_NAMES, LOCALES } from "#app/i18n/locales";
import { requireUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { formDataToObject, noFieldErrors, parseForm } from "#app/utils/forms";
import { ProfileSchema } from "#app/utils/user-validation";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organization = user.organizationId
    ? await prisma.organization.findUnique({ where: { id: user.organizationId }, select: { name: true } })
    : null;
  return { user, organizationName: organization?.name ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(ProfileSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, saved: false }, { status: 400 });
  await prisma.user.update({ where: { id: user.id }, data: parsed.data });
  return { fieldErrors: noFieldErrors, saved: true };
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { user, organizationName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.fieldErrors;
  return (
    <div className="page page--narrow">
      <h1>{t("profile.title")}</h1>
      {actionData?.saved ? (
        <p role="status" className="notice notice--success">
          {t("profile.saved")}
        </p>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <Field label={t("auth.email")} name="email-display" value={user.email} readOnly disabled />
        <Field label={t("auth.name")} name="name" defaultValue={user.name} required maxLength={100} errors={errors?.name} />
        <Field
          label={t("auth.legalName")}
          hint={t("auth.legalNameHint")}
          name="legalName"
          defaultValue={user.legalName}
          required
          maxLength={200}
          errors={errors?.legalName}
        />
        <div className="field">
          <label htmlFor="profile-locale">{t("auth.locale")}</label>
          <select id="profile-locale" name="locale" defaultValue={user.locale}>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <dl className="facts">
          <dt>{t("profile.organization")}</dt>
          <dd>{organizationName ?? t("profile.noOrganization")}</dd>
          <dt>{t("profile.roles")}</dt>
          <dd>{user.roles.map((role) => t(`roles.${role.name}`)).join(", ")}</dd>
        </dl>
        <button type="submit" className="button">
          {t("profile.save")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Profile · Integrity Academy" }];
