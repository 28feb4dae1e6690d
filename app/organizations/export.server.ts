import { getCatalog } from "#app/content/catalog.server";
import { courseTitleOf } from "#app/courses/course-text";
import { Prisma } from "#app/generated/prisma/client";
import { getTranslator } from "#app/i18n/i18n.server";
import type { Locale } from "#app/i18n/locales";
import { formatCertificateCode, verifyPath } from "#app/reports/certificate-code";
import { csvResponse } from "#app/reports/csv-stream.server";
import { prisma } from "#app/utils/db.server";
import { classifiedPairs, toPairRow, type PairRow } from "./assignment-pairs.server";
import type { DashboardFilters } from "./dashboard-filters";

/** About 1,000 rows per query with ten courses assigned; larger pages raised peak memory (bench). */
const MEMBERS_PER_QUERY = 100;

export const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** The dashboard's pairs, keyset-paginated by member (name, id) so memory stays flat for any size. */
export async function* pairPages(organizationId: string, filters: DashboardFilters): AsyncGenerator<PairRow[]> {
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const members: { id: string; name: string }[] = await prisma.$queryRaw`
      ${classifiedPairs(organizationId, filters, { after, limit: MEMBERS_PER_QUERY })}
      SELECT id, name FROM member ORDER BY name, id`;
    if (members.length === 0) return;
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
      ${classifiedPairs(organizationId, filters, { userIds: members.map((m) => m.id) })}
      SELECT * FROM classified ${filters.status ? Prisma.sql`WHERE status = ${filters.status}` : Prisma.empty}
      ORDER BY name, userId, courseId`;
    yield rows.map(toPairRow);
    after = members[members.length - 1]!;
  }
}

/** The dashboard table as CSV, one row per member and assigned course, with the same filters. */
export async function orgCsvResponse(organization: { id: string; slug: string }, filters: DashboardFilters, locale: Locale, origin: string) {
  const t = getTranslator(locale);
  const title = courseTitleOf(await getCatalog(), locale);
  const header = ["name", "email", "course", "courseId", "status", "dueDate", "completedOn", "certificateCode", "certificateExpires", "verifyUrl"].map((key) =>
    t(`organizations.csvColumns.${key}`),
  );
  async function* lines() {
    for await (const page of pairPages(organization.id, filters)) {
      yield page.map((row) => [
        row.name,
        row.email,
        title(row.courseId),
        row.courseId,
        t(`organizations.status.${row.status}`),
        isoDate(row.dueAt),
        isoDate(row.completedAt),
        row.certificateCode ? formatCertificateCode(row.certificateCode) : "",
        isoDate(row.certificateExpiresAt),
        row.certificateCode ? origin + verifyPath(row.certificateCode) : "",
      ]);
    }
  }
  return csvResponse(`${organization.slug}-assignments.csv`, header, lines());
}
