import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { getCatalog } from "#app/content/catalog.server";
import { courseText } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { assignCourse } from "#app/organizations/assignments.server";
import { requireOrganizationManager } from "#app/reports/scope.server";
import { prisma } from "#app/utils/db.server";
import { fieldError, formDataToObject, parseForm } from "#app/utils/forms";
import { useLocale } from "#app/utils/i18n-context";

const AssignSchema = z.object({
  courseId: z.string().min(1, "errors.required").max(100),
  groupId: z.string().max(64).optional().transform((v) => v || null),
  dueAt: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "organizations.assignments.badDate").nullable()),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganizationManager(request, params.orgId);
  const locale = await resolveLocale(request, user.locale);
  const [catalog, assignments, groups] = await Promise.all([
    getCatalog(),
    prisma.assignment.findMany({
      where: { organizationId: organization.id },
      select: { id: true, courseId: true, dueAt: true, createdAt: true, group: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
    prisma.organizationGroup.findMany({ where: { organizationId: organization.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const courses = [...catalog.courses.values()]
    .map((c) => ({ id: c.meta.id, title: courseText(c.meta, locale).title, tier: c.meta.tier }))
    .sort((a, b) => Number(b.tier === "private-sector") - Number(a.tier === "private-sector") || a.title.localeCompare(b.title));
  const titles = new Map(courses.map((c) => [c.id, c.title]));
  return {
    courses,
    groups,
    assignments: assignments.map((a) => ({ id: a.id, title: titles.get(a.courseId) ?? a.courseId, group: a.group?.name ?? null, dueAt: a.dueAt?.toISOString() ?? null })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireOrganizationManager(request, params.orgId);
  const parsed = parseForm(AssignSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, notEnrolled: [] }, { status: 400 });
  const { courseId, groupId, dueAt } = parsed.data;
  if (!(await getCatalog()).courses.has(courseId)) return data({ fieldErrors: fieldError("courseId", "errors.required"), notEnrolled: [] }, { status: 400 });
  if (groupId && !(await prisma.organizationGroup.findFirst({ where: { id: groupId, organizationId: organization.id }, select: { id: true } }))) {
    throw new Response("Group not found", { status: 404 });
  }
  // A due date is the end of that day everywhere: work done on the day is on time.
  const due = dueAt ? new Date(`${dueAt}T23:59:59.999Z`) : null;
  const { notEnrolled } = await assignCourse(organization.id, { courseId, groupId, dueAt: due });
  const names = await prisma.user.findMany({ where: { id: { in: notEnrolled.map((n) => n.userId) }, organizationId: organization.id }, select: { name: true } });
  return data({ fieldErrors: null, assigned: courseId, notEnrolled: names.map((n) => n.name) });
}

export default function AssignmentsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { courses, groups, assignments } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  const errors = actionData?.fieldErrors;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="assign-title">
        <h2 id="assign-title">{t("organizations.assignments.title")}</h2>
        {actionData && "assigned" in actionData ? (
          <p role="status" className="notice notice--success">
            {t("organizations.assignments.done")}
          </p>
        ) : null}
        {actionData?.notEnrolled.length ? (
          <p className="notice notice--warning">{t("organizations.assignments.notEnrolled", { names: actionData.notEnrolled.join(", ") })}</p>
        ) : null}
        <Form method="post" className="stack">
          <div className="field">
            <label htmlFor="assign-course">{t("organizations.dashboard.course")}</label>
            <select id="assign-course" name="courseId" required>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
            {errors?.courseId ? <p className="form-error">{t(errors.courseId[0]!.key)}</p> : null}
          </div>
          <div className="field">
            <label htmlFor="assign-group">{t("organizations.assignments.to")}</label>
            <select id="assign-group" name="groupId">
              <option value="">{t("organizations.assignments.everyone")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="assign-due">{t("organizations.assignments.dueDate")}</label>
            <input id="assign-due" name="dueAt" type="date" aria-invalid={errors?.dueAt ? true : undefined} />
            {errors?.dueAt ? <p className="form-error">{t(errors.dueAt[0]!.key)}</p> : null}
          </div>
          <button className="button" type="submit">
            {t("organizations.assignments.assign")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="assigned-title">
        <h2 id="assigned-title">{t("organizations.assignments.listTitle")}</h2>
        {assignments.length === 0 ? (
          <p className="empty-state">{t("organizations.assignments.none")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("organizations.dashboard.course")}</th>
                <th scope="col">{t("organizations.assignments.to")}</th>
                <th scope="col">{t("organizations.assignments.dueDate")}</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>{a.title}</td>
                  <td>{a.group ?? t("organizations.assignments.everyone")}</td>
                  <td>{a.dueAt ? date(a.dueAt) : t("organizations.assignments.noDue")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Assignments · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
