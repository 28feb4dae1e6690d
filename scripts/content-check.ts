// Compiles and validates every course; prints `file:line: message` per problem and exits 1 on any.
import path from "node:path";
import { createLessonCache } from "#app/content/lesson-cache.server";
import { loadCatalog } from "#app/content/load-catalog.server";

const contentDir = path.resolve(process.argv[2] ?? "content");
const started = performance.now();
const { courses, issues } = await loadCatalog(contentDir, createLessonCache(null));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const issue of issues) console.log(`${path.relative(process.cwd(), issue.file)}:${issue.line}: ${issue.message}`);
const lessons = [...courses.values()].reduce((n, c) => n + c.lessons.reduce((m, l) => m + Object.keys(l.variants).length, 0), 0);
if (issues.length > 0) {
  console.log(`\n${issues.length} problem(s) found; ${courses.size} course(s) would be served (${seconds}s).`);
  process.exit(1);
}
console.log(`content ok: ${courses.size} courses, ${lessons} lesson files compiled in ${seconds}s`);
