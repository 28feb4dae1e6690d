import PDFDocument from "pdfkit";
import { drawLine } from "#app/certificates/pdf-text.server";
import { getTranslator } from "#app/i18n/i18n.server";
import { LOCALE_TAGS, localeDirection, type Locale } from "#app/i18n/locales";
import { formatCertificateCode, verifyPath } from "#app/reports/certificate-code";
import { courseSummaries, recentCompletions } from "./evidence.server";

const LISTED = 300;
const MARGIN = 50;
const WIDTH = 595 - 2 * MARGIN;
const BOTTOM = 842 - MARGIN;

/**
 * A short A4 summary an organization can attach to its UN Global Compact communication on
 * progress (Principle 10): per-course completion, then the latest completions with the codes
 * anyone can check at the verification address.
 */
export async function renderEvidencePdf(organization: { id: string; name: string }, locale: Locale, origin: string) {
  const t = getTranslator(locale);
  const [summaries, completions] = await Promise.all([courseSummaries(organization.id, locale), recentCompletions(organization.id, LISTED)]);
  const rtl = localeDirection(locale) === "rtl";
  const direction = rtl ? "rtl" : "ltr";
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" });
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: t("organizations.evidence.pdfTitle", { organization: organization.name }) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  let y = MARGIN + 10;
  // Columns run from the reading start: left in LTR, right in RTL.
  const line = (text: string, column: number, options: { size?: number; weight?: 400 | 700; maxWidth?: number } = {}) =>
    drawLine(doc, text, rtl ? MARGIN + WIDTH - column : MARGIN + column, y, {
      size: options.size ?? 9,
      weight: options.weight,
      direction,
      align: rtl ? "right" : "left",
      maxWidth: options.maxWidth ?? WIDTH - column,
    });
  const advance = (by: number) => {
    y += by;
    if (y > BOTTOM) {
      doc.addPage();
      y = MARGIN + 10;
    }
  };

  line(t("organizations.evidence.pdfTitle", { organization: organization.name }), 0, { size: 16, weight: 700 });
  advance(22);
  line(t("organizations.evidence.generated", { date: date.format(new Date()) }), 0, { size: 9 });
  advance(16);
  line(t("organizations.evidence.principle10"), 0, { size: 9 });
  advance(26);

  line(t("organizations.evidence.byCourse"), 0, { size: 12, weight: 700 });
  advance(18);
  const columns = [0, 250, 320, 390, 460];
  const heads = ["course", "assigned", "completed", "overdue", "expiring"].map((k) => t(`organizations.evidence.columns.${k}`));
  heads.forEach((head, i) => line(head, columns[i]!, { weight: 700, maxWidth: (columns[i + 1] ?? WIDTH) - columns[i]! - 6 }));
  advance(14);
  for (const s of summaries) {
    [s.title, String(s.assigned), `${s.completed} (${s.assigned ? Math.round((s.completed / s.assigned) * 100) : 0}%)`, String(s.overdue), String(s.expiring)].forEach((cell, i) =>
      line(cell, columns[i]!, { maxWidth: (columns[i + 1] ?? WIDTH) - columns[i]! - 6 }),
    );
    advance(14);
  }
  advance(16);

  line(t("organizations.evidence.latest", { count: completions.length }), 0, { size: 12, weight: 700 });
  advance(18);
  const listColumns = [0, 140, 300, 370];
  ["member", "course", "completedOn", "certificate"].forEach((k, i) => line(t(`organizations.evidence.columns.${k}`), listColumns[i]!, { weight: 700 }));
  advance(14);
  for (const c of completions) {
    line(c.name, listColumns[0]!, { maxWidth: 134 });
    line(summaries.find((s) => s.courseId === c.courseId)?.title ?? c.courseId, listColumns[1]!, { maxWidth: 154 });
    line(c.completedAt ? date.format(c.completedAt) : "", listColumns[2]!, { maxWidth: 64 });
    line(c.certificateCode ? `${formatCertificateCode(c.certificateCode)}  ${origin}${verifyPath(c.certificateCode)}` : "-", listColumns[3]!, { maxWidth: WIDTH - 370, size: 7 });
    advance(13);
  }
  advance(10);
  line(t("organizations.evidence.fullList"), 0, { size: 8 });
  doc.end();
  return done;
}
