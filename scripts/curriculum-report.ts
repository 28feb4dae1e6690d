// Prints, per course, its lessons, minutes, quiz questions and the UNCAC articles it cites:
// the summary trainers and reviewers ask for. `npx tsx scripts/curriculum-report.ts`
import path from "node:path";
import { createLessonCache } from "#app/content/lesson-cache.server";
import { loadCatalog } from "#app/content/load-catalog.server";

const cache = createLessonCache(null);
const { courses } = await loadCatalog(path.resolve(process.argv[2] ?? "content"), cache);
const lines = ["| Course | Tier | Languages | Lessons | Minutes | Questions (final) | Scenarios | UNCAC articles cited |", "|---|---|---|---|---|---|---|---|"];
for (const course of courses.values()) {
  const { meta } = course;
  let questions = 0;
  let finalQuestions = 0;
  let scenarios = 0;
  let minutes = 0;
  for (const lesson of course.lessons) {
    const variant = lesson.variants[meta.defaultLanguage]!;
    const manifest = cache.peek(variant.hash)!.manifest;
    const count = manifest.quizzes.reduce((n, q) => n + q.questions.length, 0);
    questions += count;
    if (lesson.id === meta.finalAssessment) finalQuestions = count;
    scenarios += manifest.scenarios.length;
    minutes += variant.frontmatter.estimatedMinutes;
  }
  lines.push(
    `| ${meta.title} (\`${meta.id}\`) | ${meta.tier} | ${meta.languages.join(", ")} | ${course.lessons.length} | ${minutes} | ${questions} (${finalQuestions}) | ${scenarios} | ${meta.uncacArticles.join(", ")} |`,
  );
}
console.log(lines.join("\n"));
