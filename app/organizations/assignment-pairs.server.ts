import { Prisma } from "#app/generated/prisma/client";
import { EXPIRY_WARNING_DAYS, type AssignmentStatus } from "#app/reports/assignment-status";
import type { DashboardFilters } from "./dashboard-filters";

/** Which members a query covers: all, chosen ones, a page by name, or a keyset page (CSV). */
export type MemberSlice =
  | { all: true }
  | { userIds: string[] }
  | { offset: number; limit: number }
  | { after: { name: string; id: string } | null; limit: number };

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
    "userIds" in slice ? Prisma.sql`u.id IN (${slice.userIds.length ? Prisma.join(slice.userIds) : Prisma.sql`NULL`})` : null,
    "after" in slice && slice.after ? Prisma.sql`(u.name, u.id) > (${slice.after.name}, ${slice.after.id})` : null,
    filters.groupId
      ? Prisma.sql`EXISTS (SELECT 1 FROM OrganizationGroupMember fg JOIN OrganizationGroup g ON g.id = fg.groupId
          WHERE fg.userId = u.id AND fg.groupId = ${filters.groupId} AND g.organizationId = ${organizationId})`
      : null,
  ].filter((part): part is Prisma.Sql => part !== null);
  const memberPage =
    "after" in slice ? Prisma.sql`ORDER BY u.name, u.id LIMIT ${slice.limit}`
    : "offset" in slice ? Prisma.sql`ORDER BY u.name, u.id LIMIT ${slice.limit} OFFSET ${slice.offset}`
    : Prisma.empty;
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS);
  const course = filters.courseId ? Prisma.sql`AND a.courseId = ${filters.courseId}` : Prisma.empty;
  // Planner hints: `+c.courseId` keeps SQLite on the userId index (a few rows per person) rather
  // than the courseId index (thousands), and the completionKey lookup finds the certificate of
  // the current completion in one step; only re-issued ones need the slower search.
  return Prisma.sql`
    WITH member AS (
      SELECT u.id, u.name, u.email FROM User u WHERE ${Prisma.join(memberWhere, " AND ")} ${memberPage}
    ),
    everyone AS (
      SELECT a.courseId, MIN(COALESCE(a.dueAt, '9999')) AS due,
        EXISTS (SELECT 1 FROM Assignment g WHERE g.organizationId = ${organizationId} AND g.courseId = a.courseId AND g.groupId IS NOT NULL) AS hasGroups
      FROM Assignment a WHERE a.organizationId = ${organizationId} AND a.groupId IS NULL ${course} GROUP BY a.courseId
    ),
    grouped AS (
      SELECT gm.userId, a.courseId, MIN(COALESCE(a.dueAt, '9999')) AS due
      FROM Assignment a JOIN OrganizationGroupMember gm ON gm.groupId = a.groupId
      WHERE a.organizationId = ${organizationId} AND a.groupId IS NOT NULL ${course} GROUP BY gm.userId, a.courseId
    ),
    assigned AS (
      SELECT m.id AS userId, m.name, m.email, ev.courseId,
        CASE WHEN ev.hasGroups THEN MIN(ev.due, COALESCE((SELECT g.due FROM grouped g WHERE g.userId = m.id AND g.courseId = ev.courseId), '9999')) ELSE ev.due END AS due
      FROM member m CROSS JOIN everyone ev
      UNION ALL
      SELECT m.id, m.name, m.email, g.courseId, g.due FROM member m JOIN grouped g ON g.userId = m.id
      WHERE g.courseId NOT IN (SELECT courseId FROM everyone)
    ),
    pair AS (
      SELECT s.userId, s.name, s.email, s.courseId, NULLIF(s.due, '9999') AS dueAt, e.completedAt, e.lastActivityAt,
        ck.code AS keyedCode, ck.expiresAt AS keyedExpiresAt,
        CASE WHEN e.completedAt IS NOT NULL AND ck.id IS NULL THEN (
          SELECT c.id FROM Certificate c WHERE c.userId = s.userId AND +c.courseId = s.courseId AND c.status = 'valid' ORDER BY c.issuedAt DESC LIMIT 1) END AS fallbackId
      FROM assigned s
      LEFT JOIN Enrollment e ON e.userId = s.userId AND e.courseId = s.courseId
      LEFT JOIN Certificate ck ON e.completedAt IS NOT NULL AND ck.completionKey = e.userId || ':' || e.courseId || ':' || e.cycle AND ck.status = 'valid'
    ),
    certified AS (
      SELECT pair.userId, pair.name, pair.email, pair.courseId, pair.dueAt, pair.completedAt, pair.lastActivityAt,
        COALESCE(keyedCode, cr.code) AS certificateCode,
        CASE WHEN keyedCode IS NOT NULL THEN keyedExpiresAt ELSE cr.expiresAt END AS certificateExpiresAt
      FROM pair LEFT JOIN Certificate cr ON cr.id = fallbackId
    ),
    classified AS (
      SELECT certified.*, CASE
        WHEN completedAt IS NOT NULL AND certificateExpiresAt IS NOT NULL AND certificateExpiresAt < ${soon} THEN 'expiring'
        WHEN completedAt IS NOT NULL THEN 'completed'
        WHEN dueAt IS NOT NULL AND dueAt < ${now} THEN 'overdue'
        WHEN lastActivityAt IS NOT NULL THEN 'in-progress'
        ELSE 'not-started' END AS status
      FROM certified
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
