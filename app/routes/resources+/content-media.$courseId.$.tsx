import fs from "node:fs/promises";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalog } from "#app/content/catalog.server";

const TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };

/** Serves a course's media folder; the name pattern keeps requests inside it. */
export async function loader({ params }: LoaderFunctionArgs) {
  const course = params.courseId ? (await getCatalog()).courses.get(params.courseId) : undefined;
  const file = params["*"] ?? "";
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!course || !type || !/^media\/[\w.-]+$/.test(file)) throw new Response("Not found", { status: 404 });
  const body = await fs.readFile(path.join(course.dir, file)).catch(() => null);
  if (!body) throw new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Cache-Control": "public, max-age=3600",
      // SVGs are documents: forbid scripts in them even if an author slipped one in.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
