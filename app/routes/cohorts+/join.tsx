import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { joinCohort } from "#app/cohorts/cohorts.server";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { Field } from "#app/components/field";
import { courseTitleOf } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { getCatalogWithPackages } from "#app/scorm-packages/package-courses.server";
import { requireUser } from "#app/utils/auth.server";
import { formDataToObject, parseForm } from "#app/utils/forms";

const JoinSchema = z.object({ code: z.string().trim().min(1, "errors.required").max(20, "errors.tooLong") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(JoinSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, joined: null }, { status: 400 });
  const result = await joinCohort(user.id, parsed.data.code);
  if (!result.ok) return data({ fieldErrors: { code: [{ key: "organizations.cohorts.unknownCode" }] }, joined: null }, { status: 404 });
  // Learners see course titles in their language, not ids.
  const [catalog, locale] = await Promise.all([getCatalogWithPackages(), resolveLocale(request, user.locale)]);
  const title = courseTitleOf(catalog, locale);
  return data({
    fieldErrors: null,
    joined: {
      name: result.name,
      enrolled: result.enrolled.map((id) => ({ id, title: title(id) })),
      blocked: result.blocked.map((b) => ({ title: title(b.courseId), unmet: b.unmet.map(title) })),
    },
  });
}

export default function JoinCohortPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const joined = actionData?.joined;
  return (
    <div className="page page--narrow stack">
      <h1>{t("organizations.cohorts.joinTitle")}</h1>
      {joined ? (
        <div role="status" className="notice notice--success" id="join-result">
          <p>{t("organizations.cohorts.joined", { name: joined.name })}</p>
          <ul>
            {joined.enrolled.map((course) => (
              <li key={course.id}>
                <Link to={`/courses/${course.id}`}>{course.title}</Link>
              </li>
            ))}
          </ul>
          {joined.blocked.length ? (
            <p className="notice notice--warning">
              {t("organizations.cohorts.blocked", { courses: joined.blocked.map((b) => `${b.title} (${b.unmet.join(", ")})`).join("; ") })}
            </p>
          ) : null}
        </div>
      ) : null}
      <Form method="post" className="stack">
        <Field label={t("organizations.cohorts.code")} name="code" required maxLength={20} autoComplete="off" autoCapitalize="characters" errors={actionData?.fieldErrors?.code} />
        <button className="button" type="submit">
          {t("organizations.cohorts.join")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Join a workshop · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
