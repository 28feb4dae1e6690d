import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

/**
 * Rendered pages, keyed by the URL and every loader's data (docs/decisions/012-page-cache.md).
 *
 * A page's HTML is a pure function of its URL and its loader data (the inline script that
 * hydrates it is that data, serialised), so a key that hashes both can never serve a page that
 * differs from a fresh render: when anything the page shows changes — a lesson's status, the
 * learner's name, a role, the language, a recompiled lesson — its loader data changes, and with
 * it the key. Nothing is ever invalidated; least recently used entries fall out of a byte budget.
 */
export type CachedPage = { html: Buffer; headers: [string, string][]; gzip?: Buffer };

const BUDGET_BYTES = 64 * 1024 * 1024;
const pages = new Map<string, CachedPage>();
// Renders under way, so a burst of identical requests renders once and the rest wait for it.
const rendering = new Map<string, Promise<CachedPage | undefined>>();
let bytes = 0;

export function pageCacheKey(url: URL, loaderData: Record<string, unknown>) {
  const hash = createHash("sha256").update(`${url.pathname}${url.search}\n`);
  // Route ids in a fixed order, so the key does not depend on how the data object was assembled.
  for (const routeId of Object.keys(loaderData).sort()) hash.update(`${routeId}\n${JSON.stringify(loaderData[routeId]) ?? ""}\n`);
  return hash.digest("base64url");
}

/** The page for this key, once a render already under way has finished if need be. */
export async function findCachedPage(key: string) {
  const page = pages.get(key) ?? (await rendering.get(key));
  if (page && pages.delete(key)) pages.set(key, page); // most recently used goes to the end
  return page;
}

/**
 * Marks a render as under way. Call the returned function with its result, or with nothing when it
 * failed or was cut short; only the first call counts.
 */
export function startRender(key: string): (page: CachedPage | undefined) => void {
  let finish: ((page: CachedPage | undefined) => void) | null = null;
  const result = new Promise<CachedPage | undefined>((resolve) => (finish = resolve));
  rendering.set(key, result);
  return (page) => {
    if (!finish) return;
    if (rendering.get(key) === result) rendering.delete(key);
    if (page && !pages.has(key)) store(key, page);
    finish(page);
    finish = null;
  };
}

function store(key: string, page: CachedPage) {
  pages.set(key, page);
  bytes += page.html.length;
  for (const [oldest, evicted] of pages) {
    if (bytes <= BUDGET_BYTES) break;
    pages.delete(oldest);
    bytes -= evicted.html.length + (evicted.gzip?.length ?? 0);
  }
}

/** Status, headers and body for a cached page; gzip is compressed once per page, not per request. */
export function cachedPageBody(page: CachedPage, acceptEncoding: string | null | undefined) {
  const headers: [string, string][] = [...page.headers, ["X-Page-Cache", "hit"]];
  if (!/\bgzip\b/.test(acceptEncoding ?? "")) return { headers, body: page.html };
  if (!page.gzip) {
    page.gzip = gzipSync(page.html);
    bytes += page.gzip.length;
  }
  headers.push(["Content-Encoding", "gzip"], ["Vary", "Accept-Encoding"]);
  return { headers, body: page.gzip };
}
