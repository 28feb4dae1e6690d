import path from "node:path";
import { createLessonCache } from "#app/content/lesson-cache.server";
import { loadCatalog, type Catalog } from "#app/content/load-catalog.server";
import { TEST_ENV } from "./test-env";

let catalog: Promise<Catalog> | null = null;

/** The same compiled catalog the server has (read from the shared disk cache), for answer keys. */
export function testCatalog() {
  catalog ??= (async () => {
    const cache = createLessonCache(path.join(TEST_ENV.CACHE_DIR, "lessons"));
    const loaded = await loadCatalog(path.resolve("content"), cache);
    return Object.assign(loaded, { cache });
  })();
  return catalog as Promise<Catalog & { cache: ReturnType<typeof createLessonCache> }>;
}

export async function lessonManifest(courseId: string, lessonId: string, locale = "en") {
  const loaded = await testCatalog();
  const lesson = loaded.courses.get(courseId)?.lessons.find((l) => l.id === lessonId);
  const variant = lesson?.variants[locale as "en"];
  const compiled = variant ? loaded.cache.peek(variant.hash) : undefined;
  if (!compiled) throw new Error(`No compiled lesson ${courseId}/${lessonId} (${locale})`);
  return compiled.manifest;
}
