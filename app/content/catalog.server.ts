import fs from "node:fs/promises";
import path from "node:path";
import { env } from "#app/utils/env.server";
import { createLessonCache } from "./lesson-cache.server";
import { loadCatalog, type Catalog } from "./load-catalog.server";

const contentDir = path.resolve(env.CONTENT_DIR);
const cache = createLessonCache(path.resolve(env.CACHE_DIR, "lessons"));

let current: { catalog: Catalog; signature: string } | null = null;
let loading: Promise<Catalog> | null = null;

/** Modification times of every content file: cheap to compute, changes whenever an author saves. */
async function contentSignature(dir: string): Promise<string> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  const stats = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return `${full}:${(await fs.stat(full)).mtimeMs}`;
    }),
  );
  return stats.sort().join("|");
}

async function reload(signature: string) {
  const catalog = await loadCatalog(contentDir, cache);
  const hashes = new Set<string>();
  for (const course of catalog.courses.values()) {
    for (const lesson of course.lessons) {
      for (const v of Object.values(lesson.variants)) {
        hashes.add(v.hash);
        if (v.trainerHash) hashes.add(v.trainerHash);
      }
    }
  }
  cache.retainOnly(hashes);
  for (const issue of catalog.issues) console.error(`[content] ${path.relative(process.cwd(), issue.file)}:${issue.line}: ${issue.message}`);
  current = { catalog, signature };
  return catalog;
}

/**
 * The catalog, compiled at start-up. In development every request re-checks file times, so an
 * edited lesson shows on reload; in production content is fixed and the check is skipped.
 */
export async function getCatalog(): Promise<Catalog> {
  if (current && env.NODE_ENV === "production") return current.catalog;
  const signature = await contentSignature(contentDir);
  if (current?.signature === signature) return current.catalog;
  loading ??= reload(signature).finally(() => {
    loading = null;
  });
  return loading;
}

export function getCompiledLesson(hash: string) {
  return cache.peek(hash) ?? null;
}
