import { loadTest, round, type BenchContext, type BenchRow } from "./support";

/** The baseline every later figure is compared with: the smallest route the server has. */
export default async function minimalRoute({ baseUrl }: BenchContext): Promise<BenchRow[]> {
  const result = await loadTest({ url: `${baseUrl}/resources/healthz` });
  return [
    { name: "minimal route GET: throughput", value: round(result.rps, 0), unit: "req/s" },
    { name: "minimal route GET: p50 latency", value: result.p50, unit: "ms" },
    { name: "minimal route GET: p99 latency", value: result.p99, unit: "ms" },
  ];
}
