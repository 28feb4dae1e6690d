import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { createCohort } from "#app/cohorts/cohorts.server";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { Field } from "#app/components/field";
import { getCatalog } from "#app/content/catalog.server";
import { courseText } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALES } from "#app/i18n/locales";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { parseForm } from "#app/utils/forms";
import { useLocale } from "#app/utils/i18n-context";

const DateSchema = z
  .string()
  .optional()
  .transform((v) => v || null)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "organizations.assignments.badDate").nullable());

const CohortSchema = z
  .object({
    name: z.string().trim().min(1, "errors.required").max(120, "errors.tooLong"),
    place: z.string().trim().max(120, "errors.tooLong").transform((v) => v || null),
    locale: z.enum(LOCALES, "errors.invalidLocale"),
    startsAt: DateSchema,
    endsAt: DateSchema,
    courseIds: z.array(z.string().max(100)).min(1, "organizations.cohorts.chooseCourse").max(20),
  })
  .refine((c) => !c.startsAt || !c.endsAt || c.startsAt <= c.endsAt, { path: ["endsAt"], message: "organizations.cohorts.endBeforeStart" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:cohort:own");
  const locale = await resolveLocale(request, user.locale);
  const catalog = await getCatalog();
  return { courses: [...catalog.courses.values()].map((c) => ({ id: c.meta.id, title: courseText(c.meta, locale).title })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:cohort:own");
  const form = await request.formData();
  const parsed = parseForm(CohortSchema, { ...Object.fromEntries([...form].filter(([k]) => k !== "courseIds")), courseIds: form.getAll("courseIds") });
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors }, { status: 400 });
  const catalog = await getCatalog();
  const input = parsed.data;
  const cohort = await createCohort(user.id, {
    ...input,
    courseIds: input.courseIds.filter((id) => catalog.courses.has(id)),
    startsAt: input.startsAt ? new Date(`${input.startsAt}T00:00:00Z`) : null,
    endsAt: input.endsAt ? new Date(`${input.endsAt}T23:59:59Z`) : null,
  });
  return redirect(`/cohorts/${cohort.id}`);
}

export default function NewCohortPage() {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const { courses } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.fieldErrors;
  return (
    <div className="page page--narrow">
      <h1>{t("organizations.cohorts.newTitle")}</h1>
      <Form method="post" className="stack">
        <Field label={t("organizations.cohorts.name")} name="name" required maxLength={120} errors={errors?.name} />
        <Field label={t("organizations.cohorts.place")} name="place" maxLength={120} errors={errors?.place} />
        <div className="field">
          <label htmlFor="cohort-locale">{t("organizations.cohorts.language")}</label>
          <select id="cohort-locale" name="locale" defaultValue={uiLocale}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <Field label={t("organizations.cohorts.startsAt")} name="startsAt" type="date" errors={errors?.startsAt} />
        <Field label={t("organizations.cohorts.endsAt")} name="endsAt" type="date" errors={errors?.endsAt} />
        <fieldset>
          <legend>{t("organizations.cohorts.courses")}</legend>
          {courses.map((c) => (
            <label key={c.id} style={{ display: "block" }}>
              <input type="checkbox" name="courseIds" value={c.id} /> {c.title}
            </label>
          ))}
          {errors?.courseIds ? <p className="form-error">{t(errors.courseIds[0]!.key)}</p> : null}
        </fieldset>
        <button className="button" type="submit">
          {t("organizations.cohorts.create")}
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "New cohort · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
