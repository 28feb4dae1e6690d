export const ASSIGNMENT_STATUSES = ["not-started", "in-progress", "completed", "overdue", "expiring"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Certificates expiring within this many days are flagged, so renewals can be planned. */
export const EXPIRY_WARNING_DAYS = 90;
