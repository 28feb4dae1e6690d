import autocannon from "autocannon";

export type BenchRow = {
  name: string;
  value: number;
  unit: string;
  /** The baseline measured in the same run, and value ÷ baseline. */
  baseline?: { name: string; value: number };
  goal?: string;
};

export type BenchContext = {
  baseUrl: string;
  /** The server process, for memory readings from /proc/<pid>/status. */
  serverPid: number;
  /** A signed-in learner enrolled in `courseId`, as a Cookie header. */
  learnerCookie(courseId?: string): Promise<{ cookie: string; userId: string }>;
  /** Rows measured earlier in this run (the minimal route comes first), for ratios. */
  previous: BenchRow[];
};

export function previousValue(ctx: BenchContext, name: string) {
  const row = ctx.previous.find((r) => r.name === name);
  if (!row) throw new Error(`Benchmark "${name}" must run first`);
  return { name, value: row.value };
}

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

/** A fixed-length load test with autocannon, on loopback only. */
export async function loadTest(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: 64, duration: 10, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
