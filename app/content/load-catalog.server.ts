import fs from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import { LOCALES, type Locale } from "#app/i18n/locales";
import { CourseMetaSchema, type CourseMeta, type LessonFrontmatter } from "./course-schema";
import { INTERACTIVE_COMPONENTS } from "./component-specs";
import { ContentError, type CompiledLesson, type LessonVariant } from "./compile-lesson.server";
import type { LessonCache } from "./lesson-cache.server";

export type ContentIssue = { file: string; line: number; message: string };

export type LessonEntry = {
  id: string;
  required: boolean;
  /** Frontmatter per available language; lists and outlines read this, never compiled code. */
  variants: Partial<Record<Locale, { file: string; frontmatter: LessonFrontmatter; hash: string; trainerHash?: string }>>;
};

export type CourseEntry = { meta: CourseMeta; dir: string; lessons: LessonEntry[]; prerequisitesLine: number };

export type Catalog = { courses: Map<string, CourseEntry>; issues: ContentIssue[] };

/**
 * Reads, validates and compiles every course under `contentDir`. A course with any problem is
 * left out whole, so learners never see half a course; the problems are returned for the check.
 */
export async function loadCatalog(contentDir: string, cache: LessonCache): Promise<Catalog> {
  const issues: ContentIssue[] = [];
  const loaded = new Map<string, CourseEntry>();
  const folders = (await fs.readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  await precompile(contentDir, folders, cache);
  for (const folder of folders) {
    const before = issues.length;
    const course = await loadCourse(path.join(contentDir, folder), cache, issues);
    if (course && issues.length === before) loaded.set(course.meta.id, course);
  }

  checkPrerequisites(loaded, issues);
  checkLinks(loaded, cache, issues);
  // A course whose prerequisites were dropped cannot be offered either.
  for (const [id, course] of loaded) {
    if (course.meta.prerequisites.some((p) => !loaded.has(p))) loaded.delete(id);
  }
  return { courses: loaded, issues };
}

/**
 * Compiles every lesson file several at a time before the validating pass reads them from the
 * cache: esbuild bundles in its own process, so overlapping compilations roughly halves a cold
 * start. Failures are ignored here and reported by the validating pass.
 */
async function precompile(contentDir: string, folders: string[], cache: LessonCache) {
  const jobs: { file: string; variant: LessonVariant }[] = [];
  for (const folder of folders) {
    const lessonDir = path.join(contentDir, folder, "lessons");
    const files = await fs.readdir(lessonDir).catch(() => [] as string[]);
    for (const name of files.filter((f) => f.endsWith(".mdx"))) jobs.push({ file: path.join(lessonDir, name), variant: "learner" });
  }
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const source = await fs.readFile(job.file, "utf8");
      await cache.getOrCompile(job.file, source, job.variant).catch(() => null);
      if (job.variant === "learner" && source.includes("<FacilitatorNote")) {
        await cache.getOrCompile(job.file, source, "trainer").catch(() => null);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

async function loadCourse(dir: string, cache: LessonCache, issues: ContentIssue[]): Promise<CourseEntry | null> {
  const metaFile = path.join(dir, "course.yml");
  const report = (file: string, line: number, message: string) => issues.push({ file, line, message });
  let raw: string;
  try {
    raw = await fs.readFile(metaFile, "utf8");
  } catch {
    report(metaFile, 1, "course.yml is missing");
    return null;
  }
  const doc = YAML.parseDocument(raw, { prettyErrors: false });
  if (doc.errors.length) {
    for (const error of doc.errors) report(metaFile, error.linePos?.[0]?.line ?? 1, `YAML: ${error.message.split("\n")[0]}`);
    return null;
  }
  const parsed = CourseMetaSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report(metaFile, lineOfPath(raw, issue.path), `${issue.path.join(".") || "course"}: ${issue.message}`);
    }
    return null;
  }
  const meta = parsed.data;
  if (meta.id !== path.basename(dir)) report(metaFile, lineOfPath(raw, ["id"]), `id "${meta.id}" must equal the folder name "${path.basename(dir)}"`);

  const lessons: LessonEntry[] = [];
  const citedArticles = new Set<number>();
  for (const { id, required } of meta.lessons) {
    const entry: LessonEntry = { id, required, variants: {} };
    let reference: CompiledLesson | null = null;
    for (const locale of LOCALES) {
      const file = path.join(dir, "lessons", locale === meta.defaultLanguage ? `${id}.mdx` : `${id}.${locale}.mdx`);
      const source = await fs.readFile(file, "utf8").catch(() => null);
      if (source === null) {
        if (meta.languages.includes(locale)) report(file, 1, `lesson file is missing (course.yml lists ${locale} among its languages)`);
        continue;
      }
      const learner = await compileOrReport(cache, file, source, "learner", issues);
      if (!learner) continue;
      const trainer = learner.manifest.facilitatorNotes > 0 ? await compileOrReport(cache, file, source, "trainer", issues) : null;
      entry.variants[locale] = { file, frontmatter: learner.frontmatter, hash: learner.hash, trainerHash: trainer?.hash };
      learner.manifest.articles.forEach((a) => citedArticles.add(a));
      checkLessonRules(meta, id, file, learner, issues);
      if (locale === meta.defaultLanguage) reference = learner;
      else if (reference) checkSameAnswers(reference, learner, file, issues);
    }
    lessons.push(entry);
  }

  const unlisted = [...citedArticles].filter((a) => !meta.uncacArticles.includes(a)).sort((a, b) => a - b);
  if (unlisted.length) report(metaFile, lineOfPath(raw, ["uncacArticles"]), `uncacArticles is missing articles cited in lessons: ${unlisted.join(", ")}`);
  return { meta, dir, lessons, prerequisitesLine: lineOfPath(raw, ["prerequisites"]) };
}

async function compileOrReport(cache: LessonCache, file: string, source: string, variant: LessonVariant, issues: ContentIssue[]) {
  try {
    return await cache.getOrCompile(file, source, variant);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) issues.push({ file, line: p.line, message: p.message });
    return null;
  }
}

function checkLessonRules(meta: CourseMeta, lessonId: string, file: string, lesson: CompiledLesson, issues: ContentIssue[]) {
  const { manifest } = lesson;
  if (!manifest.components.some((c) => (INTERACTIVE_COMPONENTS as readonly string[]).includes(c))) {
    issues.push({ file, line: 1, message: `lesson has no interactive component (${INTERACTIVE_COMPONENTS.join(", ")})` });
  }
  if (meta.finalAssessment === lessonId && manifest.quizzes.length === 0) {
    issues.push({ file, line: 1, message: "the final assessment lesson has no <Quiz>" });
  }
  if (meta.tier === "private-sector" && lessonId === "scenario") {
    const deep = manifest.scenarios.some((s) => (s.decisionDepth ?? 0) >= 3 && new Set(s.endings.map((e) => e.id)).size >= 2);
    if (!deep) issues.push({ file, line: 1, message: "a private-sector scenario needs at least 3 decision points on every path and 2 endings" });
  }
}

/** Language variants share one answer key: the server checks answers by id, whatever the language. */
function checkSameAnswers(reference: CompiledLesson, variant: CompiledLesson, file: string, issues: ContentIssue[]) {
  const keyOf = (lesson: CompiledLesson) =>
    JSON.stringify(lesson.manifest.quizzes.map((q) => [q.id, q.questions.map((x) => [x.id, x.type, x.options.length, x.correct])]));
  if (keyOf(reference) !== keyOf(variant)) {
    issues.push({ file, line: 1, message: "quiz ids, options or correct answers differ from the default-language lesson" });
  }
  const scenarioKey = (lesson: CompiledLesson) => JSON.stringify(lesson.manifest.scenarios.map((s) => [s.id, s.start, s.steps, s.endings]));
  if (scenarioKey(reference) !== scenarioKey(variant)) {
    issues.push({ file, line: 1, message: "scenario steps or endings differ from the default-language lesson" });
  }
}

function checkPrerequisites(courses: Map<string, CourseEntry>, issues: ContentIssue[]) {
  const metaFile = (c: CourseEntry) => path.join(c.dir, "course.yml");
  for (const course of courses.values()) {
    for (const prerequisite of course.meta.prerequisites) {
      if (!courses.has(prerequisite)) {
        issues.push({ file: metaFile(course), line: course.prerequisitesLine, message: `prerequisite "${prerequisite}" is not a valid course` });
      }
    }
  }
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]) => {
    const course = courses.get(id);
    if (!course || state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(id)), id].join(" → ");
      issues.push({ file: metaFile(course), line: course.prerequisitesLine, message: `prerequisite cycle: ${cycle}` });
      for (const member of trail.slice(trail.indexOf(id))) courses.delete(member);
      return;
    }
    state.set(id, "visiting");
    for (const next of course.meta.prerequisites) visit(next, [...trail, id]);
    state.set(id, "done");
  };
  for (const id of [...courses.keys()]) visit(id, []);
}

function checkLinks(courses: Map<string, CourseEntry>, cache: LessonCache, issues: ContentIssue[]) {
  for (const course of courses.values()) {
    for (const lesson of course.lessons) {
      for (const variant of Object.values(lesson.variants)) {
        for (const link of cache.peek(variant.hash)?.manifest.links ?? []) {
          if (!isKnownLink(link.url, courses)) issues.push({ file: variant.file, line: link.line, message: `link ${link.url} leads nowhere` });
        }
      }
    }
  }
}

function isKnownLink(url: string, courses: Map<string, CourseEntry>) {
  const pathname = url.split(/[?#]/)[0] ?? "";
  if (["/", "/courses", "/courses/path", "/glossary", "/learn"].includes(pathname)) return true;
  const match = /^\/courses\/([^/]+)(?:\/lessons\/([^/]+))?\/?$/.exec(pathname);
  const course = match?.[1] ? courses.get(match[1]) : undefined;
  if (!course) return /^\/glossary\/[\w-]+$|^\/uncac\/\d+$/.test(pathname);
  return !match?.[2] || course.lessons.some((l) => l.id === match[2]);
}

function lineOfPath(raw: string, issuePath: readonly PropertyKey[]) {
  const key = String(issuePath[0] ?? "");
  const index = raw.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
