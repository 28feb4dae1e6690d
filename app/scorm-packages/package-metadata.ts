// The catalog metadata a trainer edits on a package course: the same fields as an MDX course's
// course.yml. One schema for the edit form (message keys as errors) and for reading the row.
import { z } from "zod";
import { AUDIENCES, TIERS } from "#app/content/course-schema";
import { LOCALES } from "#app/i18n/locales";

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

function wholeNumber(min: number, max: number, message: string) {
  return z.coerce.number(message).int(message).min(min, message).max(max, message);
}

export const PackageMetadataSchema = z.object({
  title: z.string().trim().min(1, "errors.required").max(120, "errors.tooLong"),
  summary: z.string().trim().max(400, "errors.tooLong").default(""),
  tier: z.enum(TIERS, "errors.required"),
  languages: list(z.enum(LOCALES, "errors.invalidLocale")).pipe(z.array(z.enum(LOCALES)).min(1, "errors.required")),
  audience: list(z.enum(AUDIENCES, "errors.required")).pipe(z.array(z.enum(AUDIENCES)).min(1, "errors.required")),
  prerequisites: list(z.string().max(100)),
  passingScore: wholeNumber(0, 100, "packages.errors.passingScore"),
  certificateValidityMonths: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    wholeNumber(1, 240, "packages.errors.validity").nullable(),
  ),
  estimatedMinutes: wholeNumber(1, 6000, "packages.errors.minutes"),
});
export type PackageMetadata = z.infer<typeof PackageMetadataSchema>;

/** The JSON list columns of ScormPackage; a damaged value falls back to the schema default. */
export function readJsonList<T extends z.ZodType>(raw: string, item: T, fallback: z.infer<T>[]): z.infer<T>[] {
  try {
    const parsed = z.array(item).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
