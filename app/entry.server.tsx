import { PassThrough, Transform } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { getCatalog } from "./content/catalog.server";
import { getMessages } from "./i18n/i18n.server";
import { MessagesContext } from "./i18n/messages-script";
import { loader as rootLoader } from "./root";
import { loader as lessonLoader } from "./routes/courses+/$courseId_.lessons.$lessonId";
import { prisma } from "./utils/db.server";
import { cachedPageBody, findCachedPage, pageCacheKey, startRender } from "./utils/page-cache.server";

export const streamTimeout = 5_000;

/** Called by scripts/serve.js before it listens, so no request waits for set-up work. */
export async function warmUp() {
  const started = performance.now();
  await prisma.$queryRawUnsafe("SELECT 1");
  const catalog = await getCatalog();
  console.log(`Content ready: ${catalog.courses.size} courses in ${Math.round(performance.now() - started)} ms`);
}

const LESSON_ROUTE_ID = "routes/courses+/$courseId_.lessons.$lessonId";
const LESSON_PATH = /^\/courses\/([^/]+)\/lessons\/([^/]+)$/;

/**
 * Called by scripts/serve.js before Remix for lesson pages, the page learners load most: runs the
 * page's own loaders and, if a page rendered from exactly this data is cached, answers with it,
 * skipping route matching, serialisation and React (docs/decisions/012-page-cache.md).
 */
export async function respondFromPageCache(request: Request, context: AppLoadContext) {
  if (!import.meta.env.PROD || request.method !== "GET") return null;
  const url = new URL(request.url);
  const match = LESSON_PATH.exec(url.pathname);
  if (!match) return null;
  const args = { request, context, params: { courseId: decodeURIComponent(match[1]!), lessonId: decodeURIComponent(match[2]!) } };
  try {
    const [root, lesson] = await Promise.all([rootLoader(args), lessonLoader(args)]);
    const page = await findCachedPage(pageCacheKey(url, { root, [LESSON_ROUTE_ID]: lesson }));
    return page ? cachedPageBody(page, request.headers.get("Accept-Encoding")) : null;
  } catch {
    // A redirect (signed out, not enrolled) or an error: Remix answers it as usual.
    return null;
  }
}

/** The cache key for a page whose route opts in, when this render may be stored at all. */
function cacheKeyFor(request: Request, status: number, headers: Headers, { staticHandlerContext: context, routeModules }: EntryContext) {
  const leaf = context.matches.at(-1)?.route.id;
  const optedIn = leaf !== undefined && (routeModules[leaf]?.handle as { pageCache?: boolean } | undefined)?.pageCache === true;
  if (!import.meta.env.PROD || !optedIn || request.method !== "GET" || status !== 200) return null;
  if (context.errors || context.actionData || headers.has("Set-Cookie")) return null;
  return pageCacheKey(new URL(request.url), context.loaderData);
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  const cacheKey = cacheKeyFor(request, responseStatusCode, responseHeaders, remixContext);
  const cached = cacheKey ? await findCachedPage(cacheKey) : undefined;
  if (cached) {
    const { headers, body } = cachedPageBody(cached, request.headers.get("Accept-Encoding"));
    return new Response(new Uint8Array(body), { status: 200, headers });
  }
  const finishRender = cacheKey ? startRender(cacheKey) : null;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <MessagesContext.Provider value={getMessages}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />
      </MessagesContext.Provider>,
      {
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("X-Content-Type-Options", "nosniff");
          responseHeaders.set("Referrer-Policy", "same-origin");
          if (!responseHeaders.has("X-Frame-Options")) responseHeaders.set("X-Frame-Options", "SAMEORIGIN");
          if (cacheKey) responseHeaders.set("X-Page-Cache", "miss");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          if (!cacheKey || !finishRender) {
            pipe(body);
            return;
          }
          // Keep a copy as it streams out; only a render that finished without error is stored.
          const chunks: Buffer[] = [];
          const copy = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done(null, chunk);
            },
            flush(done) {
              const headers = [...responseHeaders].filter(([name]) => name !== "x-page-cache");
              finishRender(responseStatusCode === 200 ? { html: Buffer.concat(chunks), headers } : undefined);
              done();
            },
          });
          // A client that disconnects mid-page must not leave others waiting for this render.
          copy.on("close", () => finishRender(undefined));
          copy.pipe(body);
          pipe(copy);
        },
        onShellError(error: unknown) {
          finishRender?.(undefined);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
