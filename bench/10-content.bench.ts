import path from "node:path";
import { gzipSync } from "node:zlib";
import { createLessonCache } from "#app/content/lesson-cache.server";
import { loadCatalog } from "#app/content/load-catalog.server";
import { loadTest, previousValue, round, type BenchContext, type BenchRow } from "./support";

const LESSON = "/courses/uncac-foundations/lessons/criminalization";

export default async function content(ctx: BenchContext): Promise<BenchRow[]> {
  // Cold: no memory or disk cache, every lesson file and trainer variant compiled.
  const started = performance.now();
  const catalog = await loadCatalog(path.resolve("content"), createLessonCache(null));
  const coldSeconds = (performance.now() - started) / 1000;
  const files = [...catalog.courses.values()].reduce((n, c) => n + c.lessons.reduce((m, l) => m + Object.keys(l.variants).length, 0), 0);

  const { cookie } = await ctx.learnerCookie("uncac-foundations");
  // Warm: the learner has opened the lesson before and nothing on the page has changed since, so
  // it comes from the page cache (docs/decisions/012-page-cache.md).
  await fetch(`${ctx.baseUrl}${LESSON}`, { headers: { cookie } });
  const warm = await loadTest({ url: `${ctx.baseUrl}${LESSON}`, headers: { cookie } });
  if (warm.non2xx > 0) throw new Error(`lesson page answered ${warm.non2xx} non-2xx responses`);
  // A first view: a query string the cache has never seen forces a full render every time.
  let view = 0;
  const rendered = await loadTest({
    url: `${ctx.baseUrl}${LESSON}`,
    headers: { cookie },
    requests: [{ setupRequest: (request) => ({ ...request, path: `${LESSON}?view=${++view}` }) }],
  });
  if (rendered.non2xx > 0) throw new Error(`lesson page answered ${rendered.non2xx} non-2xx responses`);

  const html = await (await fetch(`${ctx.baseUrl}${LESSON}`, { headers: { cookie } })).text();
  // Framework and route chunks, plus the lesson's own compiled script.
  const scripts = [...new Set([...html.matchAll(/(?:src|href)="(\/(?:assets|resources\/lesson-code)\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  let jsGzip = 0;
  for (const src of scripts) jsGzip += gzipSync(Buffer.from(await (await fetch(`${ctx.baseUrl}${src}`, { headers: { cookie } })).arrayBuffer())).length;

  return [
    { name: `content cold compile (${catalog.courses.size} courses, ${files} lesson files)`, value: round(coldSeconds, 2), unit: "s", goal: "< 10 s" },
    { name: "warm lesson page: throughput", value: round(warm.rps, 0), unit: "req/s", baseline: previousValue(ctx, "minimal route GET: throughput"), goal: "≥ 0.60×" },
    { name: "warm lesson page: p99 latency", value: warm.p99, unit: "ms", baseline: previousValue(ctx, "minimal route GET: p99 latency"), goal: "≤ 1.5×" },
    { name: "warm lesson page vs minimal page: throughput", value: round(warm.rps, 0), unit: "req/s", baseline: previousValue(ctx, "minimal page (404 document): throughput") },
    { name: "warm lesson page vs minimal page: p99 latency", value: warm.p99, unit: "ms", baseline: previousValue(ctx, "minimal page (404 document): p99 latency") },
    { name: "warm lesson page: timeouts (> 10 s)", value: warm.errors, unit: "requests" },
    { name: "lesson page, first view (full render): throughput", value: round(rendered.rps, 0), unit: "req/s", baseline: previousValue(ctx, "minimal route GET: throughput") },
    { name: "lesson page, first view (full render): p99 latency", value: rendered.p99, unit: "ms", baseline: previousValue(ctx, "minimal route GET: p99 latency") },
    { name: `lesson first-load JS (${scripts.length} files, gzip)`, value: round(jsGzip / 1024, 1), unit: "KiB", goal: "≤ 150 KB" },
    { name: "lesson HTML (uncompressed / gzip)", value: round(Buffer.byteLength(html) / 1024, 1), unit: `KiB (${round(gzipSync(html).length / 1024, 1)} KiB gzip)` },
  ];
}
