import { loadTest, round, type BenchContext, type BenchRow } from "./support";

/** The baseline every later figure is compared with: the smallest route the server has. */
export default async function minimalRoute({ baseUrl }: BenchContext): Promise<BenchRow[]> {
  const result = await loadTest({ url: `${baseUrl}/resources/healthz` });
  // The smallest full page: root loader, layout and translations rendered by React (the 404 page).
  const page = await loadTest({ url: `${baseUrl}/no-such-page` });
  return [
    { name: "minimal route GET: throughput", value: round(result.rps, 0), unit: "req/s" },
    { name: "minimal route GET: p50 latency", value: result.p50, unit: "ms" },
    { name: "minimal route GET: p99 latency", value: result.p99, unit: "ms" },
    { name: "minimal page (404 document): throughput", value: round(page.rps, 0), unit: "req/s" },
    { name: "minimal page (404 document): p99 latency", value: page.p99, unit: "ms" },
  ];
}
