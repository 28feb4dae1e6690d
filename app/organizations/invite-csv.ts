import { z } from "zod";
import { parseCsv } from "#app/reports/csv-parse";
import { EmailSchema, NameSchema } from "#app/utils/user-validation";

/** Larger than any real staff list of names and emails; anything bigger is refused unread. */
export const INVITE_CSV_MAX_BYTES = 1_000_000;
export const INVITE_CSV_MAX_ROWS = 5_000;

const InviteRowSchema = z.object({ name: NameSchema, email: EmailSchema });
export type InviteRow = z.infer<typeof InviteRowSchema>;

/** A problem with the whole file: nothing in it is imported. Keys are message keys. */
export type FileProblem =
  | { key: "organizations.csv.tooLarge"; values: { max: number } }
  | { key: "organizations.csv.empty" }
  | { key: "organizations.csv.notUtf8" }
  | { key: "organizations.csv.badHeaders"; values: { found: string } }
  | { key: "organizations.csv.unbalancedQuotes"; values: { line: number } }
  | { key: "organizations.csv.tooManyRows"; values: { max: number } };

/** Why a row was refused: a message key, and the column it concerns when there is one. */
export type RowProblem = { field?: "name" | "email"; key: string; values?: Record<string, number> };
export type RowReport =
  | { line: number; ok: true; name: string; email: string }
  | { line: number; ok: false; name: string; email: string; reasons: RowProblem[] };

export type InviteCsvResult = { ok: false; problem: FileProblem } | { ok: true; rows: RowReport[] };

/**
 * Reads an uploaded list of people to invite. The file must be UTF-8 with the headers name,email
 * (any case, any order); each row is then checked on its own so one typo does not sink the rest.
 * A duplicate email within the file is reported on its second row.
 */
export function readInviteCsv(bytes: Uint8Array): InviteCsvResult {
  if (bytes.byteLength > INVITE_CSV_MAX_BYTES) return { ok: false, problem: { key: "organizations.csv.tooLarge", values: { max: INVITE_CSV_MAX_BYTES / 1_000_000 } } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { key: "organizations.csv.notUtf8" } };
  }
  // NUL never appears in a text file; it means a spreadsheet's binary format or junk.
  if (text.includes("\u0000")) return { ok: false, problem: { key: "organizations.csv.notUtf8" } };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: { key: "organizations.csv.unbalancedQuotes", values: { line: parsed.line } } };
  const [header, ...records] = parsed.rows;
  if (!header) return { ok: false, problem: { key: "organizations.csv.empty" } };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const nameAt = columns.indexOf("name");
  const emailAt = columns.indexOf("email");
  if (columns.length !== 2 || nameAt === -1 || emailAt === -1) {
    return { ok: false, problem: { key: "organizations.csv.badHeaders", values: { found: header.cells.join(",").slice(0, 80) } } };
  }
  if (records.length === 0) return { ok: false, problem: { key: "organizations.csv.empty" } };
  if (records.length > INVITE_CSV_MAX_ROWS) return { ok: false, problem: { key: "organizations.csv.tooManyRows", values: { max: INVITE_CSV_MAX_ROWS } } };

  const seen = new Set<string>();
  const rows = records.map(({ line, cells }): RowReport => {
    const name = (cells[nameAt] ?? "").trim();
    const email = (cells[emailAt] ?? "").trim();
    const reasons: RowProblem[] = [];
    if (cells.length !== 2) reasons.push({ key: "organizations.csv.wrongCellCount" });
    const result = InviteRowSchema.safeParse({ name, email });
    if (!result.success) {
      for (const issue of result.error.issues) reasons.push({
          field: issue.path[0] === "name" ? "name" : "email",
          key: issue.message,
          ...("maximum" in issue ? { values: { max: Number(issue.maximum) } } : {}),
        });
    } else if (seen.has(result.data.email)) reasons.push({ field: "email", key: "organizations.csv.duplicateInFile" });
    if (reasons.length > 0 || !result.success) return { line, ok: false, name, email, reasons };
    seen.add(result.data.email);
    return { line, ok: true, name: result.data.name, email: result.data.email };
  });
  return { ok: true, rows };
}
