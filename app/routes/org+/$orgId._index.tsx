import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "#app/components/charts/bar-chart";
import { CompletionChart } from "#app/components/charts/line-chart";
import { STATUS_COLORS } from "#app/components/charts/status-colors";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { getCatalog } from "#app/content/catalog.server";
import { courseTitleOf } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { assignedCourseIds, getOrgDashboard, MEMBERS_PER_PAGE } from "#app/organizations/dashboard.server";
import { filtersQuery, readDashboardFilters } from "#app/organizations/dashboard-filters";
import { ASSIGNMENT_STATUSES } from "#app/reports/assignment-status";
import { formatCertificateCode, verifyPath } from "#app/reports/certificate-code";
import { requireOrganization } from "#app/reports/scope.server";
import { prisma } from "#app/utils/db.server";
import { useLocale } from "#app/utils/i18n-context";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  const locale = await resolveLocale(request, user.locale);
  const filters = readDashboardFilters(new URL(request.url).searchParams);
  const [dashboard, courseIds, allCourseIds, groups, catalog] = await Promise.all([
    getOrgDashboard(organization.id, filters),
    assignedCourseIds(organization.id, filters.courseId),
    assignedCourseIds(organization.id),
    prisma.organizationGroup.findMany({ where: { organizationId: organization.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    getCatalog(),
  ]);
  const title = courseTitleOf(catalog, locale);
  return {
    organizationId: organization.id,
    filters,
    query: filtersQuery(filters),
    counts: dashboard.counts,
    completionsByMonth: dashboard.completionsByMonth,
    pages: Math.max(1, Math.ceil(dashboard.memberCount / MEMBERS_PER_PAGE)),
    memberCount: dashboard.memberCount,
    columns: courseIds.map((id) => ({ id, title: title(id) })),
    courseOptions: allCourseIds.map((id) => ({ id, title: title(id) })),
    groups,
    members: dashboard.members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      cells: Object.fromEntries(
        m.pairs.map((p) => [
          p.courseId,
          { status: p.status, dueAt: p.dueAt?.toISOString() ?? null, code: p.certificateCode, expiresAt: p.certificateExpiresAt?.toISOString() ?? null },
        ]),
      ),
    })),
  };
}

export default function OrganizationDashboard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { organizationId, filters, query, counts, completionsByMonth, pages, memberCount, columns, courseOptions, groups, members } = useLoaderData<typeof loader>();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  const month = (ym: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${ym}-01T00:00:00Z`));
  const pageLink = (page: number) => `?${[query, `page=${page}`].filter(Boolean).join("&")}`;
  return (
    <>
      <div className="course-page__grid">
        <BarChart
          title={t("organizations.dashboard.statusChart")}
          bars={ASSIGNMENT_STATUSES.map((s) => ({ key: s, label: t(`organizations.status.${s}`), value: counts[s], color: STATUS_COLORS[s] }))}
        />
        <CompletionChart title={t("organizations.dashboard.completionChart")} points={completionsByMonth.map((m) => ({ label: month(m.month), value: m.count }))} />
      </div>

      <Form method="get" className="filters" aria-label={t("organizations.dashboard.filters")}>
        <div className="field">
          <label htmlFor="filter-status">{t("organizations.dashboard.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("organizations.dashboard.any")}</option>
            {ASSIGNMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`organizations.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-course">{t("organizations.dashboard.course")}</label>
          <select id="filter-course" name="courseId" defaultValue={filters.courseId ?? ""}>
            <option value="">{t("organizations.dashboard.any")}</option>
            {courseOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        {groups.length ? (
          <div className="field">
            <label htmlFor="filter-group">{t("organizations.dashboard.group")}</label>
            <select id="filter-group" name="groupId" defaultValue={filters.groupId ?? ""}>
              <option value="">{t("organizations.dashboard.any")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="filter-q">{t("organizations.dashboard.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("organizations.dashboard.apply")}
          </button>
          <Link to=".">{t("organizations.dashboard.clear")}</Link>
        </div>
      </Form>

      <p className="inline-form">
        <a className="button button--secondary button--small" href={`/org/${organizationId}/export.csv${query ? `?${query}` : ""}`} download>
          {t("organizations.dashboard.exportCsv")}
        </a>
        <a className="button button--secondary button--small" href={`/org/${organizationId}/evidence.csv`} download>
          {t("organizations.dashboard.evidenceCsv")}
        </a>
        <a className="button button--secondary button--small" href={`/org/${organizationId}/evidence.pdf`} download>
          {t("organizations.dashboard.evidencePdf")}
        </a>
      </p>

      <p className="result-count">{t("organizations.dashboard.memberCount", { count: memberCount })}</p>
      {members.length === 0 ? (
        <p className="empty-state">{t("organizations.dashboard.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" id="assignment-table">
            <caption className="visually-hidden">{t("organizations.dashboard.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organizations.dashboard.member")}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.id}>
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} data-member={m.email}>
                  <th scope="row">
                    <Link to={`members/${m.userId}`}>{m.name}</Link>
                    <br />
                    <span className="muted">{m.email}</span>
                  </th>
                  {columns.map((c) => {
                    const cell = m.cells[c.id];
                    if (!cell) return <td key={c.id} className="muted">{t("organizations.dashboard.notAssigned")}</td>;
                    return (
                      <td key={c.id} data-course={c.id} data-status={cell.status}>
                        <span className="badge" style={{ marginInlineStart: 0, background: "var(--paper-2)", color: STATUS_COLORS[cell.status] }}>
                          {t(`organizations.status.${cell.status}`)}
                        </span>
                        {cell.dueAt && cell.status !== "completed" && cell.status !== "expiring" ? (
                          <div className="muted">{t("organizations.dashboard.due", { date: date(cell.dueAt) })}</div>
                        ) : null}
                        {cell.code ? (
                          <div>
                            <a href={verifyPath(cell.code)} className="certificate-code">
                              {formatCertificateCode(cell.code)}
                            </a>
                            {cell.expiresAt ? <div className="muted">{t("organizations.dashboard.expires", { date: date(cell.expiresAt) })}</div> : null}
                          </div>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="inline-form" aria-label={t("organizations.dashboard.pagination")}>
          {filters.page > 1 ? <Link to={pageLink(filters.page - 1)}>{t("organizations.dashboard.previous")}</Link> : null}
          <span>{t("organizations.dashboard.page", { page: filters.page, pages })}</span>
          {filters.page < pages ? <Link to={pageLink(filters.page + 1)}>{t("organizations.dashboard.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "Organization dashboard · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
