import { z } from "zod";
import { ASSIGNMENT_STATUSES } from "#app/reports/assignment-status";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional()).catch(undefined);

/** The dashboard's filters, read from the query string; the CSV export takes the same ones. */
export const DashboardFiltersSchema = z.object({
  status: optional(z.enum(ASSIGNMENT_STATUSES)),
  courseId: optional(z.string().max(100)),
  groupId: optional(z.string().max(64)),
  q: optional(z.string().trim().max(100)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

export function readDashboardFilters(searchParams: URLSearchParams): DashboardFilters {
  return DashboardFiltersSchema.parse(Object.fromEntries(searchParams));
}

/** Query string of the filters (without the page), for export links that match the table. */
export function filtersQuery(filters: DashboardFilters) {
  const params = new URLSearchParams();
  for (const key of ["status", "courseId", "groupId", "q"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}
