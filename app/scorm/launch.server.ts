import { prisma, isUniqueViolation } from "#app/utils/db.server";
import type { ScormVersion } from "./data-model";

export type LaunchInput = {
  userId: string;
  courseId: string;
  lessonId: string;
  scormVersion: ScormVersion;
  /** Imported packages: the version a new attempt is pinned to; a resumed attempt keeps its own. */
  packageVersionId?: string;
};

/**
 * Opens the attempt a launch continues, or a new one. SCORM's rule: only an attempt left with
 * exit = "suspend" is resumed; an attempt that never received a commit is simply reused.
 */
export async function launchAttempt(input: LaunchInput, retried = false): Promise<LaunchedAttempt> {
  const latest = await prisma.attempt.findFirst({
    where: { userId: input.userId, courseId: input.courseId, lessonId: input.lessonId },
    orderBy: { number: "desc" },
    select: attemptSelect,
  });
  if (latest && !latest.finishedAt && (latest.lastExit === "suspend" || latest.seq === 0)) {
    return { ...latest, entry: latest.lastExit === "suspend" ? "resume" : "ab-initio" };
  }
  try {
    const [, created] = await prisma.$transaction([
      prisma.attempt.updateMany({ where: { id: latest?.id ?? "", finishedAt: null }, data: { finishedAt: new Date() } }),
      prisma.attempt.create({
        data: { ...input, number: (latest?.number ?? 0) + 1 },
        select: attemptSelect,
      }),
    ]);
    return { ...created, entry: "ab-initio" };
  } catch (error) {
    // Two tabs launching at the same moment: the other one created it; use that.
    if (isUniqueViolation(error) && !retried) return launchAttempt(input, true);
    throw error;
  }
}

const attemptSelect = {
  id: true,
  number: true,
  seq: true,
  cmi: true,
  scormVersion: true,
  completionStatus: true,
  successStatus: true,
  scoreScaled: true,
  totalTimeCs: true,
  lastExit: true,
  finishedAt: true,
  packageVersionId: true,
} as const;

export type LaunchedAttempt = {
  id: string;
  number: number;
  seq: number;
  cmi: string;
  scormVersion: string;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  totalTimeCs: number;
  lastExit: string | null;
  finishedAt: Date | null;
  packageVersionId: string | null;
  entry: "resume" | "ab-initio";
};
