import type { z } from "zod";

/** A message key plus its interpolation values, translated by the page in the user's language. */
export type FieldMessage = { key: string; values?: Record<string, number | string> };
export type FieldErrors = Record<string, FieldMessage[]>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Schemas use message keys (`errors.required`) so the same schema serves every language. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    const values: Record<string, number | string> = {};
    if ("maximum" in issue) values.max = Number(issue.maximum);
    if ("minimum" in issue) values.min = Number(issue.minimum);
    const key = issue.message.startsWith("errors.") ? issue.message : "errors.formInvalid";
    (fieldErrors[field] ??= []).push({ key, values });
  }
  return { ok: false, fieldErrors };
}

export function formDataToObject(formData: FormData) {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") out[key] = value;
  return out;
}

export const noFieldErrors: FieldErrors = {};

export function fieldError(field: string, key: string): FieldErrors {
  return { [field]: [{ key }] };
}
