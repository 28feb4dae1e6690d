import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { LessonFrontmatterSchema, type LessonFrontmatter } from "./course-schema";
import type { LessonManifest } from "./lesson-manifest";
import { emptyManifest, remarkLesson, type ContentProblem } from "./lesson-remark.server";

// Bump when the compiler's output changes so every cached lesson is rebuilt.
const COMPILER_VERSION = "6";

export type CompiledLesson = {
  hash: string;
  code: string;
  frontmatter: LessonFrontmatter;
  manifest: LessonManifest;
};

export type LessonVariant = "learner" | "trainer";

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ContentProblem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}: ${p.message}`).join("\n"));
  }
}

export function lessonHash(source: string, variant: LessonVariant) {
  return crypto.createHash("sha256").update(`${COMPILER_VERSION}\0${variant}\0${source}`).digest("hex");
}

export async function compileLesson(file: string, source: string, variant: LessonVariant): Promise<CompiledLesson> {
  const courseDir = path.dirname(path.dirname(file));
  const collector = {
    manifest: emptyManifest(),
    problems: [] as ContentProblem[],
    includeFacilitatorNotes: variant === "trainer",
    mediaExists: (src: string) => fs.existsSync(path.join(courseDir, src)),
  };
  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source,
      cwd: path.resolve(path.dirname(file)),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkLesson(collector)];
        return options;
      },
      esbuildOptions(options) {
        options.minify = true;
        options.logLevel = "silent";
        options.target = "es2020";
        return options;
      },
    });
  } catch (error) {
    throw new ContentError(file, syntaxProblems(error));
  }

  const frontmatter = LessonFrontmatterSchema.safeParse(result.frontmatter);
  if (!frontmatter.success) {
    for (const issue of frontmatter.error.issues) {
      const key = String(issue.path[0] ?? "");
      collector.problems.push({ line: lineOfKey(source, key), message: `frontmatter ${key || "block"}: ${issue.message}` });
    }
  }
  if (collector.problems.length > 0 || !frontmatter.success) {
    throw new ContentError(file, collector.problems.sort((a, b) => a.line - b.line));
  }
  return { hash: lessonHash(source, variant), code: result.code, frontmatter: frontmatter.data, manifest: collector.manifest };
}

function syntaxProblems(error: unknown): ContentProblem[] {
  const errors = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors;
  if (errors?.length) {
    return errors.map((e) => {
      // @mdx-js/esbuild prefixes the real position ("14:1: ...") inside the message text.
      const inner = /^\s*(?:Cannot process MDX file with esbuild:\s*)?(\d+):(\d+):\s*([\s\S]*)$/.exec(e.text);
      return inner ? { line: Number(inner[1]), message: `MDX syntax error: ${inner[3]?.trim()}` } : { line: e.location?.line ?? 1, message: e.text };
    });
  }
  return [{ line: 1, message: error instanceof Error ? error.message : String(error) }];
}

function lineOfKey(source: string, key: string) {
  const index = source.split("\n").findIndex((line) => key && line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
