import type { AssignmentStatus } from "#app/reports/assignment-status";

/** Colours from the site palette; every chart also prints the numbers, so colour is never the only cue. */
export const STATUS_COLORS: Record<AssignmentStatus, string> = {
  "not-started": "#8795a8",
  "in-progress": "var(--brand)",
  completed: "var(--ok)",
  overdue: "var(--bad)",
  expiring: "var(--warn)",
};
