import { Prisma } from "#app/generated/prisma/client";
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from "#app/reports/assignment-status";
import { monthBuckets } from "#app/reports/time-buckets";
import { prisma } from "#app/utils/db.server";
import { classifiedPairs, toPairRow } from "./assignment-pairs.server";
import type { DashboardFilters } from "./dashboard-filters";

export const DASHBOARD_PAGE_SIZE = 50;
const MONTHS_SHOWN = 12;

/**
 * Everything the organization dashboard shows, in two passes over the pairs: one aggregate
 * (status counts and completions per month) and one page of rows.
 */
export async function getOrgDashboard(organizationId: string, filters: DashboardFilters, now = new Date()) {
  const months = monthBuckets(now, MONTHS_SHOWN);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const pairs = classifiedPairs(organizationId, filters, { all: true }, now);
  const aggregates = await prisma.$queryRaw<{ status: string; month: string | null; n: number | bigint }[]>`
    ${pairs}
    SELECT status, CASE WHEN completedAt >= ${since} THEN substr(completedAt, 1, 7) END AS month, COUNT(*) AS n
    FROM classified GROUP BY 1, 2`;
  const counts = Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, 0])) as Record<AssignmentStatus, number>;
  const perMonth = new Map<string, number>();
  for (const row of aggregates) {
    counts[row.status as AssignmentStatus] += Number(row.n);
    if (row.month) perMonth.set(row.month, (perMonth.get(row.month) ?? 0) + Number(row.n));
  }
  const total = filters.status ? counts[filters.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    ${pairs}
    SELECT * FROM classified ${filters.status ? Prisma.sql`WHERE status = ${filters.status}` : Prisma.empty}
    ORDER BY name, userId, courseId LIMIT ${DASHBOARD_PAGE_SIZE} OFFSET ${(filters.page - 1) * DASHBOARD_PAGE_SIZE}`;
  return {
    counts,
    total,
    rows: rows.map(toPairRow),
    completionsByMonth: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
  };
}

export type OrgDashboard = Awaited<ReturnType<typeof getOrgDashboard>>;
