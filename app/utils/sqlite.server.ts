/** Prisma's libSQL adapter stores DateTime as ISO text with "+00:00"; raw SQL must match it to compare. */
export function sqliteDate(date: Date) {
  return date.toISOString().replace("Z", "+00:00");
}
