import { ASSIGNMENT_STATUSES, type AssignmentStatus } from "#app/reports/assignment-status";
import { monthBuckets } from "#app/reports/time-buckets";
import { prisma } from "#app/utils/db.server";
import { classifiedPairs, toPairRow, type MemberSlice, type PairRow } from "./assignment-pairs.server";
import type { DashboardFilters } from "./dashboard-filters";

export const MEMBERS_PER_PAGE = 25;
const MONTHS_SHOWN = 12;

/**
 * Everything the organization dashboard shows: one aggregate pass over every (member, course)
 * pair for the status counts and completions per month, then the pairs of one page of members
 * (by name). A status filter picks the members with at least one pair in that status.
 */
export async function getOrgDashboard(organizationId: string, filters: DashboardFilters, now = new Date()) {
  const months = monthBuckets(now, MONTHS_SHOWN);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const aggregates = await prisma.$queryRaw<{ status: string; month: string | null; n: number | bigint }[]>`
    ${classifiedPairs(organizationId, filters, { all: true }, now)}
    SELECT status, CASE WHEN completedAt >= ${since} THEN substr(completedAt, 1, 7) END AS month, COUNT(*) AS n
    FROM classified GROUP BY 1, 2`;
  const counts = Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, 0])) as Record<AssignmentStatus, number>;
  const perMonth = new Map<string, number>();
  for (const row of aggregates) {
    counts[row.status as AssignmentStatus] += Number(row.n);
    if (row.month) perMonth.set(row.month, (perMonth.get(row.month) ?? 0) + Number(row.n));
  }
  const offset = (filters.page - 1) * MEMBERS_PER_PAGE;
  const { slice, memberCount } = filters.status
    ? await membersWithStatus(organizationId, filters, filters.status, offset, now)
    : { slice: { offset, limit: MEMBERS_PER_PAGE }, memberCount: await countMembers(organizationId, filters) };
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    ${classifiedPairs(organizationId, filters, slice, now)}
    SELECT * FROM classified ORDER BY name, userId, courseId`;
  return {
    counts,
    memberCount,
    members: groupByMember(rows.map(toPairRow)),
    completionsByMonth: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
  };
}

async function countMembers(organizationId: string, filters: DashboardFilters) {
  const [row] = await prisma.$queryRaw<{ n: number | bigint }[]>`
    ${classifiedPairs(organizationId, filters, { all: true })}
    SELECT COUNT(*) AS n FROM member`;
  return Number(row?.n ?? 0);
}

async function membersWithStatus(organizationId: string, filters: DashboardFilters, status: AssignmentStatus, offset: number, now: Date) {
  const ids = await prisma.$queryRaw<{ userId: string; total: number | bigint }[]>`
    ${classifiedPairs(organizationId, filters, { all: true }, now)}
    SELECT userId, COUNT(*) OVER () AS total FROM classified WHERE status = ${status}
    GROUP BY userId ORDER BY MIN(name), userId LIMIT ${MEMBERS_PER_PAGE} OFFSET ${offset}`;
  const slice: MemberSlice = { userIds: ids.map((r) => r.userId) };
  return { slice, memberCount: Number(ids[0]?.total ?? 0) };
}

export type MemberRow = { userId: string; name: string; email: string; pairs: PairRow[] };

function groupByMember(rows: PairRow[]) {
  const members = new Map<string, MemberRow>();
  for (const row of rows) {
    const member = members.get(row.userId) ?? { userId: row.userId, name: row.name, email: row.email, pairs: [] };
    member.pairs.push(row);
    members.set(row.userId, member);
  }
  return [...members.values()];
}

export type OrgDashboard = Awaited<ReturnType<typeof getOrgDashboard>>;

/** The distinct courses the organization has assigned (the dashboard's columns). */
export async function assignedCourseIds(organizationId: string, courseId?: string) {
  const rows = await prisma.assignment.findMany({
    where: { organizationId, ...(courseId ? { courseId } : {}) },
    select: { courseId: true },
    distinct: ["courseId"],
    orderBy: { courseId: "asc" },
  });
  return rows.map((r) => r.courseId);
}
