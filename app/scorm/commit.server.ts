import { z } from "zod";
import { getCatalog, getCompiledLesson } from "#app/content/catalog.server";
import { completeCourseIfDone } from "#app/courses/course-completion.server";
import { answerKeyOf } from "#app/courses/lesson-lookup.server";
import { packageScoRules } from "#app/scorm-packages/sco-rules.server";
import { prisma } from "#app/utils/db.server";
import { readRows } from "#app/utils/sqlite-reads.server";
import { sqliteDate } from "#app/utils/sqlite.server";
import { extractInteractions, parseTimeIntervalToCentiseconds, readCoreStatus, validateCmi, type ScormVersion } from "./data-model";
import { writeAttempt } from "./commit-writer.server";
import { applyCommit, isStaleCommit, totalTimeCs, type AttemptStatus, type LessonRules } from "./rules";

export const CommitEnvelopeSchema = z.object({
  session: z.string().min(8).max(64),
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  cmi: z.record(z.string(), z.unknown()),
  terminate: z.boolean().optional(),
});
export type CommitEnvelope = z.infer<typeof CommitEnvelopeSchema>;

export type CommitOutcome =
  | { status: 200; body: { result: "true"; errorCode: 0; applied: boolean; completionStatus: string; successStatus: string; scoreScaled: number | null } }
  | { status: 400 | 401 | 403 | 404 | 409; body: { result: "false"; errorCode: number; errorMessage: string } };

type AttemptRow = {
  id: string;
  userId: string;
  courseId: string;
  lessonId: string;
  scormVersion: string;
  seq: number;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  sessions: string;
  finishedAt: unknown;
  packageVersionId: string | null;
  sessionUserId: string | null;
};

const fail = (status: 400 | 401 | 403 | 404 | 409, errorCode: number, errorMessage: string): CommitOutcome => ({
  status,
  body: { result: "false", errorCode, errorMessage },
});

/**
 * The hot path of tracking: one read (attempt joined with the caller's session) and one
 * conditional write, grouped with concurrent learners' writes into a shared transaction. The
 * update only applies if nobody else wrote the row since the read, so two tabs never overwrite
 * each other's completion (docs/decisions/004-commit-hot-path.md).
 */
export async function commitAttempt(attemptId: string, sessionId: string | null, envelope: CommitEnvelope): Promise<CommitOutcome> {
  for (let round = 0; round < 5; round++) {
    const [row] = await readRows<AttemptRow>(
      `SELECT a.id, a.userId, a.courseId, a.lessonId, a.scormVersion, a.seq, a.completionStatus, a.successStatus,
              a.scoreScaled, a.sessions, a.finishedAt, a.packageVersionId, s.userId AS sessionUserId
       FROM Attempt a LEFT JOIN Session s ON s.id = ? AND s.expiresAt > ?
       WHERE a.id = ?`,
      [sessionId ?? "", sqliteDate(new Date()), attemptId],
    );
    if (!row) return fail(404, 391, "No such attempt.");
    if (!row.sessionUserId) return fail(401, 391, "Your session has ended. Log in again; your progress is kept on this device.");
    if (row.sessionUserId !== row.userId) return fail(403, 391, "This attempt belongs to another learner.");
    const version = row.scormVersion as ScormVersion;
    if (row.finishedAt) return fail(400, version === "2004" ? 143 : 101, "This attempt is finished; launch the lesson again to start a new one.");

    // A package attempt follows the manifest of the version it is pinned to.
    const rules = row.packageVersionId ? await packageScoRules(row.packageVersionId, row.lessonId) : await lessonRules(row.courseId, row.lessonId);
    const validation = validateCmi(version, envelope.cmi, { lenientSuspendData: rules.lenientSuspendData });
    if (!validation.ok) return fail(400, validation.errorCode, validation.errorMessage);

    const previous: AttemptStatus = {
      completionStatus: row.completionStatus,
      successStatus: row.successStatus,
      scoreScaled: row.scoreScaled,
      sessions: JSON.parse(row.sessions) as AttemptStatus["sessions"],
    };
    if (isStaleCommit(previous, envelope)) {
      return { status: 200, body: { result: "true", errorCode: 0, applied: false, ...publicStatus(previous) } };
    }
    const core = readCoreStatus(version, validation.cmi);
    const next = applyCommit(
      previous,
      {
        session: envelope.session,
        seq: envelope.seq,
        sessionTimeCs: parseTimeIntervalToCentiseconds(version, core.sessionTime) ?? 0,
        claimed: core,
        interactions: extractInteractions(version, validation.cmi),
      },
      rules,
    );
    const finished = envelope.terminate === true && core.exit !== "suspend";
    const applied = await writeAttempt({
      attemptId,
      expectedSeq: row.seq,
      cmiJson: JSON.stringify(validation.cmi),
      completionStatus: next.completionStatus,
      successStatus: next.successStatus,
      scoreScaled: next.scoreScaled,
      totalTimeCs: totalTimeCs(next.sessions),
      sessionsJson: JSON.stringify(next.sessions),
      lastExit: core.exit,
      finished,
      session: envelope.session,
      seq: envelope.seq,
    });
    if (!applied) continue; // Someone committed between our read and write: read again.

    const becameDone =
      (next.completionStatus === "completed" && previous.completionStatus !== "completed") ||
      (next.successStatus === "passed" && previous.successStatus !== "passed");
    if (becameDone) await completeCourseIfDone(row.userId, row.courseId);
    // Once per browser session is precise enough for "last activity" and keeps commits to two statements.
    const now = new Date();
    if (becameDone || !previous.sessions[envelope.session]) await prisma.enrollment.updateMany({
      where: { userId: row.userId, courseId: row.courseId },
      data: { lastActivityAt: now, lastLessonId: row.lessonId },
    });
    return { status: 200, body: { result: "true", errorCode: 0, applied: true, ...publicStatus(next) } };
  }
  return fail(409, 391, "The attempt is busy; the commit will be retried.");
}

function publicStatus(status: AttemptStatus) {
  return { completionStatus: status.completionStatus, successStatus: status.successStatus, scoreScaled: status.scoreScaled };
}

async function lessonRules(courseId: string, lessonId: string): Promise<LessonRules & { lenientSuspendData: boolean }> {
  const course = (await getCatalog()).courses.get(courseId);
  const lesson = course?.lessons.find((l) => l.id === lessonId);
  const variant = course && lesson ? lesson.variants[course.meta.defaultLanguage] : undefined;
  const compiled = variant ? getCompiledLesson(variant.hash) : null;
  return {
    answerKey: compiled ? answerKeyOf(compiled) : null,
    scaledPassingScore: course && course.meta.finalAssessment === lessonId ? course.meta.passingScore / 100 : null,
    completionThreshold: null,
    lenientSuspendData: false,
  };
}
