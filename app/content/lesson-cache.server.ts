import fs from "node:fs/promises";
import path from "node:path";
import { compileLesson, lessonHash, type CompiledLesson, type LessonVariant } from "./compile-lesson.server";

export type LessonCache = ReturnType<typeof createLessonCache>;

/**
 * Compiled lessons keyed by the hash of their source, in memory and on disk: a lesson compiles
 * once per change, and a restarted server reads yesterday's work instead of compiling again.
 */
export function createLessonCache(cacheDir: string | null) {
  const memory = new Map<string, CompiledLesson>();
  const diskFile = (hash: string) => path.join(cacheDir ?? "", `${hash}.json`);

  async function readDisk(hash: string): Promise<CompiledLesson | null> {
    if (!cacheDir) return null;
    try {
      return JSON.parse(await fs.readFile(diskFile(hash), "utf8")) as CompiledLesson;
    } catch {
      return null;
    }
  }

  async function writeDisk(lesson: CompiledLesson) {
    if (!cacheDir) return;
    await fs.mkdir(cacheDir, { recursive: true });
    // Write then rename, so a crash mid-write never leaves a truncated entry to be trusted later.
    const tmp = `${diskFile(lesson.hash)}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(lesson));
    await fs.rename(tmp, diskFile(lesson.hash));
  }

  return {
    async getOrCompile(file: string, source: string, variant: LessonVariant) {
      const hash = lessonHash(source, variant);
      const cached = memory.get(hash) ?? (await readDisk(hash));
      if (cached) {
        memory.set(hash, cached);
        return cached;
      }
      const compiled = await compileLesson(file, source, variant);
      memory.set(hash, compiled);
      await writeDisk(compiled);
      return compiled;
    },
    peek(hash: string) {
      return memory.get(hash);
    },
    /** Forget lessons no longer in the catalog, so edits in development do not pile up. */
    retainOnly(hashes: Set<string>) {
      for (const hash of memory.keys()) if (!hashes.has(hash)) memory.delete(hash);
    },
  };
}
