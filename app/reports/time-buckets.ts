/** The last `count` calendar months up to `now` (UTC) as "YYYY-MM", oldest first. */
export function monthBuckets(now: Date, count: number) {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** Every day from `from` to `to` (UTC) as "YYYY-MM-DD", capped at `max` days ending at `to`. */
export function dayBuckets(from: Date, to: Date, max = 60) {
  const days: string[] = [];
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  const start = Math.max(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()), end - (max - 1) * 86_400_000);
  for (let t = start; t <= end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
