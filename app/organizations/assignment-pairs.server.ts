import { Prisma } from "#app/generated/prisma/client";
import { EXPIRY_WARNING_DAYS, type AssignmentStatus } from "#app/reports/assignment-status";
import type { DashboardFilters } from "./dashboard-filters";

/** Which members a query covers: all (dashboard), one (member page) or a keyset page (CSV). */
export type MemberSlice = { all: true } | { userId: string } | { after: { name: string; id: string } | null; limit: number };

export type PairRow = {
  userId: string;
  name: string;
  email: string;
  courseId: string;
  dueAt: Date | null;
  completedAt: Date | null;
  lastActivityAt: Date | null;
  certificateCode: string | null;
  certificateExpiresAt: Date | null;
  status: AssignmentStatus;
};

const DAY_MS = 86_400_000;

/**
 * Every (member, assigned course) pair of one organization with its status, as a `classified`
 * CTE for the caller's SELECT. The organization id is in every table the CTE reads, so no filter
 * or slice can reach another organization's members. A course assigned twice (to everyone and to
 * a group) counts once, with the earlier due date.
 */
export function classifiedPairs(organizationId: string, filters: Omit<DashboardFilters, "status" | "page">, slice: MemberSlice, now = new Date()) {
  const search = filters.q ? `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const memberWhere = [
    Prisma.sql`u.organizationId = ${organizationId}`,
    search ? Prisma.sql`(u.name LIKE ${search} ESCAPE '\\' OR u.email LIKE ${search} ESCAPE '\\')` : null,
    "userId" in slice ? Prisma.sql`u.id = ${slice.userId}` : null,
    "after" in slice && slice.after ? Prisma.sql`(u.name, u.id) > (${slice.after.name}, ${slice.after.id})` : null,
    filters.groupId
      ? Prisma.sql`EXISTS (SELECT 1 FROM OrganizationGroupMember fg JOIN OrganizationGroup g ON g.id = fg.groupId
          WHERE fg.userId = u.id AND fg.groupId = ${filters.groupId} AND g.organizationId = ${organizationId})`
      : null,
  ].filter((part): part is Prisma.Sql => part !== null);
  const memberPage = "after" in slice ? Prisma.sql`ORDER BY u.name, u.id LIMIT ${slice.limit}` : Prisma.empty;
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS);
  return Prisma.sql`
    WITH member AS (
      SELECT u.id, u.name, u.email FROM User u WHERE ${Prisma.join(memberWhere, " AND ")} ${memberPage}
    ),
    assigned AS (
      SELECT m.id AS userId, m.name, m.email, a.courseId, MIN(a.dueAt) AS dueAt
      FROM member m JOIN Assignment a ON a.organizationId = ${organizationId}
      WHERE (a.groupId IS NULL OR EXISTS (SELECT 1 FROM OrganizationGroupMember gm WHERE gm.groupId = a.groupId AND gm.userId = m.id))
        ${filters.courseId ? Prisma.sql`AND a.courseId = ${filters.courseId}` : Prisma.empty}
      GROUP BY m.id, a.courseId
    ),
    pair AS (
      SELECT s.userId, s.name, s.email, s.courseId, s.dueAt, e.completedAt, e.lastActivityAt,
             c.code AS certificateCode, c.expiresAt AS certificateExpiresAt
      FROM assigned s
      LEFT JOIN Enrollment e ON e.userId = s.userId AND e.courseId = s.courseId
      LEFT JOIN Certificate c ON e.completedAt IS NOT NULL AND c.id = (
        SELECT c2.id FROM Certificate c2 WHERE c2.userId = s.userId AND c2.courseId = s.courseId AND c2.status = 'valid'
        ORDER BY c2.issuedAt DESC LIMIT 1)
    ),
    classified AS (
      SELECT pair.*, CASE
        WHEN completedAt IS NOT NULL AND certificateExpiresAt IS NOT NULL AND certificateExpiresAt < ${soon} THEN 'expiring'
        WHEN completedAt IS NOT NULL THEN 'completed'
        WHEN dueAt IS NOT NULL AND dueAt < ${now} THEN 'overdue'
        WHEN lastActivityAt IS NOT NULL THEN 'in-progress'
        ELSE 'not-started' END AS status
      FROM pair
    )`;
}

const toDate = (value: unknown) => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value)));

/** Raw rows carry computed dates as text; these are the typed rows callers use. */
export function toPairRow(row: Record<string, unknown>): PairRow {
  return {
    userId: String(row.userId),
    name: String(row.name),
    email: String(row.email),
    courseId: String(row.courseId),
    dueAt: toDate(row.dueAt),
    completedAt: toDate(row.completedAt),
    lastActivityAt: toDate(row.lastActivityAt),
    certificateCode: row.certificateCode ? String(row.certificateCode) : null,
    certificateExpiresAt: toDate(row.certificateExpiresAt),
    status: row.status as AssignmentStatus,
  };
}
