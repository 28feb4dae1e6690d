import { getCatalog } from "#app/content/catalog.server";
import { courseTitleOf } from "#app/courses/course-text";
import { getTranslator } from "#app/i18n/i18n.server";
import type { Locale } from "#app/i18n/locales";
import { formatCertificateCode, verifyPath } from "#app/reports/certificate-code";
import { csvResponse } from "#app/reports/csv-stream.server";
import { prisma } from "#app/utils/db.server";
import { classifiedPairs, toPairRow } from "./assignment-pairs.server";
import { DashboardFiltersSchema } from "./dashboard-filters";
import { isoDate, pairPages } from "./export.server";

const ALL = DashboardFiltersSchema.parse({});


/** Every completion of an assigned course, with the certificate that proves it. */
export async function evidenceCsvResponse(organization: { id: string; slug: string }, locale: Locale, origin: string) {
  const t = getTranslator(locale);
  const title = courseTitleOf(await getCatalog(), locale);
  const header = ["name", "email", "course", "completedOn", "certificateCode", "certificateExpires", "verifyUrl"].map((key) => t(`organizations.csvColumns.${key}`));
  async function* lines() {
    for await (const page of pairPages(organization.id, ALL)) {
      yield page
        .filter((row) => row.completedAt)
        .map((row) => [
          row.name,
          row.email,
          title(row.courseId),
          isoDate(row.completedAt),
          row.certificateCode ? formatCertificateCode(row.certificateCode) : "",
          isoDate(row.certificateExpiresAt),
          row.certificateCode ? origin + verifyPath(row.certificateCode) : "",
        ]);
    }
  }
  return csvResponse(`${organization.slug}-compliance-evidence.csv`, header, lines());
}

export type CourseSummary = { courseId: string; title: string; assigned: number; completed: number; overdue: number; expiring: number };

/** Per-course totals for the evidence summary. */
export async function courseSummaries(organizationId: string, locale: Locale): Promise<CourseSummary[]> {
  const title = courseTitleOf(await getCatalog(), locale);
  const rows = await prisma.$queryRaw<{ courseId: string; status: string; n: number | bigint }[]>`
    ${classifiedPairs(organizationId, ALL, { all: true })}
    SELECT courseId, status, COUNT(*) AS n FROM classified GROUP BY 1, 2 ORDER BY 1`;
  const byCourse = new Map<string, CourseSummary>();
  for (const row of rows) {
    const summary = byCourse.get(row.courseId) ?? { courseId: row.courseId, title: title(row.courseId), assigned: 0, completed: 0, overdue: 0, expiring: 0 };
    const n = Number(row.n);
    summary.assigned += n;
    if (row.status === "completed" || row.status === "expiring") summary.completed += n;
    if (row.status === "overdue") summary.overdue += n;
    if (row.status === "expiring") summary.expiring += n;
    byCourse.set(row.courseId, summary);
  }
  return [...byCourse.values()];
}

/** The most recent completions for the PDF; the CSV has all of them. */
export async function recentCompletions(organizationId: string, limit: number) {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    ${classifiedPairs(organizationId, ALL, { all: true })}
    SELECT * FROM classified WHERE completedAt IS NOT NULL ORDER BY completedAt DESC LIMIT ${limit}`;
  return rows.map(toPairRow);
}
