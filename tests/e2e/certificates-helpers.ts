// Drives course completion through the real launch and commit endpoints, as the lesson player
// would, with answers taken from the server's own answer keys.
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { inject } from "vitest";
import { testCatalog, lessonManifest } from "#tests/support/catalog";
import { prisma } from "#app/utils/db.server";

const baseUrl = inject("baseUrl");

export async function launch(cookie: string, courseId: string, lessonId: string) {
  const response = await fetch(`${baseUrl}/resources/scorm/launch`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({ courseId, lessonId }),
  });
  if (!response.ok) throw new Error(`launch ${lessonId}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { attemptId: string }).attemptId;
}

/** A full commit: every question answered correctly, the lesson completed. */
export async function commitCorrect(cookie: string, courseId: string, lessonId: string, attemptId: string, session = crypto.randomUUID()) {
  const manifest = await lessonManifest(courseId, lessonId);
  const interactions: Record<string, unknown> = {};
  let n = 0;
  for (const quiz of manifest.quizzes) {
    for (const question of quiz.questions) {
      interactions[String(n++)] = {
        id: `${quiz.id}/${question.id}`,
        type: "choice",
        learner_response: question.correct.join("[,]"),
        result: "correct",
        timestamp: "2026-11-26T10:00:00",
        latency: "PT5S",
      };
    }
  }
  const response = await fetch(`${baseUrl}/resources/scorm/commit/${attemptId}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({
      session,
      seq: 1,
      cmi: {
        cmi: {
          completion_status: "completed",
          success_status: "unknown",
          exit: "suspend",
          session_time: "PT60S",
          suspend_data: "",
          progress_measure: "1",
          interactions,
        },
      },
    }),
  });
  const body = (await response.json()) as { result: string; completionStatus?: string; errorMessage?: string };
  if (response.status !== 200) throw new Error(`commit ${lessonId}: ${response.status} ${body.errorMessage}`);
  return body;
}

export async function completeLesson(cookie: string, courseId: string, lessonId: string) {
  return commitCorrect(cookie, courseId, lessonId, await launch(cookie, courseId, lessonId));
}

/** Completes every required lesson except those listed, in course order. */
export async function completeLessonsExcept(cookie: string, courseId: string, except: string[]) {
  const course = (await testCatalog()).courses.get(courseId)!;
  for (const lesson of course.lessons) {
    if (lesson.required && !except.includes(lesson.id)) await completeLesson(cookie, courseId, lesson.id);
  }
}

export function certificatesOf(userId: string) {
  return prisma.certificate.findMany({ where: { userId }, orderBy: { issuedAt: "asc" } });
}

/** pdftotext output without the bidi controls poppler adds, whitespace collapsed. */
export function pdfText(file: string) {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .normalize("NFC")
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ");
}
