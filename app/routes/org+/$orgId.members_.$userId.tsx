import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { getCatalog } from "#app/content/catalog.server";
import { courseTitleOf } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { classifiedPairs, toPairRow } from "#app/organizations/assignment-pairs.server";
import { enrollInAssignedCourses } from "#app/organizations/assignments.server";
import { DashboardFiltersSchema } from "#app/organizations/dashboard-filters";
import { formatCertificateCode, verifyPath } from "#app/reports/certificate-code";
import { requireOrganization, requireOrganizationManager } from "#app/reports/scope.server";
import { prisma } from "#app/utils/db.server";
import { useLocale } from "#app/utils/i18n-context";
import { hasPermission } from "#app/utils/permissions";

const GroupsSchema = z.object({ groupIds: z.array(z.string().max(64)).max(200) });

async function requireMember(organizationId: string, userId: string | undefined) {
  const member = await prisma.user.findFirst({
    where: { id: userId ?? "", organizationId },
    select: { id: true, name: true, email: true, groupMemberships: { select: { groupId: true } } },
  });
  if (!member) throw new Response("Member not found", { status: 404 });
  return member;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  const member = await requireMember(organization.id, params.userId);
  const locale = await resolveLocale(request, user.locale);
  const [rows, groups, catalog] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>`
      ${classifiedPairs(organization.id, DashboardFiltersSchema.parse({}), { userIds: [member.id] })}
      SELECT * FROM classified ORDER BY courseId`,
    prisma.organizationGroup.findMany({ where: { organizationId: organization.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    getCatalog(),
  ]);
  const mine = new Set(member.groupMemberships.map((g) => g.groupId));
  const title = courseTitleOf(catalog, locale);
  return {
    member: { name: member.name, email: member.email },
    canManage: hasPermission(user, "manage:organization:own"),
    groups: groups.map((g) => ({ ...g, member: mine.has(g.id) })),
    assignments: rows.map(toPairRow).map((p) => ({
      courseId: p.courseId,
      title: title(p.courseId),
      status: p.status,
      dueAt: p.dueAt?.toISOString() ?? null,
      completedAt: p.completedAt?.toISOString() ?? null,
      code: p.certificateCode,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireOrganizationManager(request, params.orgId);
  const member = await requireMember(organization.id, params.userId);
  const form = await request.formData();
  const parsed = GroupsSchema.safeParse({ groupIds: form.getAll("groupIds") });
  if (!parsed.success) throw new Response("Invalid groups", { status: 400 });
  // Only this organization's groups can be chosen, whatever ids the form sends.
  const groups = await prisma.organizationGroup.findMany({ where: { organizationId: organization.id, id: { in: parsed.data.groupIds } }, select: { id: true } });
  await prisma.$transaction([
    prisma.organizationGroupMember.deleteMany({ where: { userId: member.id, group: { organizationId: organization.id } } }),
    prisma.organizationGroupMember.createMany({ data: groups.map((g) => ({ groupId: g.id, userId: member.id })) }),
  ]);
  const { notEnrolled } = await enrollInAssignedCourses(organization.id, [member.id]);
  return data({ saved: true, notEnrolled: notEnrolled.map((n) => n.courseId) });
}

export default function MemberPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { member, canManage, groups, assignments } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  return (
    <div className="stack">
      <p>
        <Link to="..">{t("organizations.member.back")}</Link>
      </p>
      <h2>
        {member.name} <span className="muted">{member.email}</span>
      </h2>
      {assignments.length === 0 ? (
        <p className="empty-state">{t("organizations.member.noAssignments")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("organizations.dashboard.course")}</th>
              <th scope="col">{t("organizations.dashboard.status")}</th>
              <th scope="col">{t("organizations.member.dueDate")}</th>
              <th scope="col">{t("organizations.member.completedOn")}</th>
              <th scope="col">{t("organizations.member.certificate")}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <tr key={a.courseId} data-status={a.status}>
                <td>{a.title}</td>
                <td>{t(`organizations.status.${a.status}`)}</td>
                <td>{a.dueAt ? date(a.dueAt) : ""}</td>
                <td>{a.completedAt ? date(a.completedAt) : ""}</td>
                <td>{a.code ? <a href={verifyPath(a.code)}>{formatCertificateCode(a.code)}</a> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && groups.length ? (
        <Form method="post" className="panel">
          <fieldset>
            <legend>{t("organizations.member.groups")}</legend>
            {groups.map((g) => (
              <label key={g.id} style={{ display: "block" }}>
                <input type="checkbox" name="groupIds" value={g.id} defaultChecked={g.member} /> {g.name}
              </label>
            ))}
          </fieldset>
          <button className="button button--secondary" type="submit">
            {t("organizations.member.saveGroups")}
          </button>
          {actionData?.saved ? (
            <p role="status" className="notice notice--success">
              {t("organizations.member.groupsSaved")}
            </p>
          ) : null}
          {actionData?.notEnrolled.length ? (
            <p className="notice notice--warning">{t("organizations.member.notEnrolled", { courses: actionData.notEnrolled.join(", ") })}</p>
          ) : null}
        </Form>
      ) : null}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Member · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
