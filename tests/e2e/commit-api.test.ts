import crypto from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");
const COURSE = "uncac-foundations";

async function launchedAttempt(lessonId = "convention-structure") {
  const user = await createUser();
  await enroll(user.id, COURSE);
  const cookie = await sessionCookieFor(user.id);
  const response = await fetch(`${baseUrl}/resources/scorm/launch`, {
    method: "POST",
    headers: { cookie, "Content-Type": "application/json" },
    body: JSON.stringify({ courseId: COURSE, lessonId }),
  });
  expect(response.status).toBe(200);
  const { attemptId } = (await response.json()) as { attemptId: string };
  return { user, cookie, attemptId, session: crypto.randomUUID() };
}

function commit(attemptId: string, cookie: string, body: string, contentType = "text/plain;charset=UTF-8") {
  return fetch(`${baseUrl}/resources/scorm/commit/${attemptId}`, { method: "POST", headers: { cookie, "Content-Type": contentType }, body });
}

const envelope = (session: string, seq: number, cmi: Record<string, unknown>, extra: object = {}) => JSON.stringify({ session, seq, cmi: { cmi }, ...extra });

async function snapshot(attemptId: string) {
  const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const log = await prisma.commitLog.count({ where: { attemptId } });
  return { ...attempt, updatedAt: attempt.updatedAt.toISOString(), log };
}

describe("the commit endpoint", () => {
  it("accepts beacon-style text/plain and JSON bodies, once per sequence number", async () => {
    const a = await launchedAttempt();
    const body = envelope(a.session, 1, { completion_status: "incomplete", exit: "suspend", location: "section-2", session_time: "PT30S" });
    const first = await commit(a.attemptId, a.cookie, body);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ result: "true", errorCode: 0, applied: true });
    const replay = await commit(a.attemptId, a.cookie, body, "application/json");
    expect(await replay.json()).toMatchObject({ result: "true", applied: false });
    const after = await snapshot(a.attemptId);
    expect(after.log).toBe(1);
    expect(after.totalTimeCs).toBe(3000);
    expect(after.lastExit).toBe("suspend");

    // An older commit arriving late from the same session changes nothing.
    await commit(a.attemptId, a.cookie, envelope(a.session, 3, { completion_status: "incomplete", location: "section-4", session_time: "PT50S" }));
    await commit(a.attemptId, a.cookie, envelope(a.session, 2, { completion_status: "incomplete", location: "section-3", session_time: "PT40S" }));
    const latest = await snapshot(a.attemptId);
    expect(JSON.parse(latest.cmi).cmi.location).toBe("section-4");
    expect(latest.totalTimeCs).toBe(5000);
  });

  it("does not believe a forged pass: completion needs the right answers on record", async () => {
    const a = await launchedAttempt("final-assessment");
    const forged = await commit(
      a.attemptId,
      a.cookie,
      envelope(a.session, 1, { completion_status: "completed", success_status: "passed", score: { scaled: "1", raw: "100", min: "0", max: "100" }, exit: "suspend" }),
    );
    expect(forged.status).toBe(200);
    expect(await forged.json()).toMatchObject({ completionStatus: "incomplete", successStatus: "unknown", scoreScaled: 0 });

    const wrongAnswers = await commit(
      a.attemptId,
      a.cookie,
      envelope(a.session, 2, {
        completion_status: "completed",
        success_status: "passed",
        score: { scaled: "1" },
        interactions: { "0": { id: "final/q1", type: "choice", learner_response: "99", result: "correct" } },
      }),
    );
    expect(await wrongAnswers.json()).toMatchObject({ completionStatus: "incomplete", successStatus: "unknown" });
    const stored = await snapshot(a.attemptId);
    expect(stored.completionStatus).toBe("incomplete");
    expect(stored.successStatus).not.toBe("passed");
    const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: a.user.id, courseId: COURSE } } });
    expect(enrollment.completedAt).toBeNull();
  });

  const BAD_COMMITS: [string, (s: string) => string, number][] = [
    ["malformed JSON", () => "{not json", 201],
    ["an unknown element", (s) => envelope(s, 1, { favourite_colour: "blue" }), 401],
    ["a wrong vocabulary value", (s) => envelope(s, 1, { completion_status: "finished" }), 406],
    ["an oversized suspend_data", (s) => envelope(s, 1, { suspend_data: "x".repeat(64_001) }), 407],
    ["a missing sequence number", () => JSON.stringify({ session: "abcdefgh-1", cmi: { cmi: {} } }), 201],
  ];
  for (const [what, body, code] of BAD_COMMITS) {
    it(`answers ${what} with 400 and SCORM error ${code}, leaving the state untouched`, async () => {
      const a = await launchedAttempt();
      await commit(a.attemptId, a.cookie, envelope(a.session, 1, { completion_status: "incomplete", location: "kept", exit: "suspend" }));
      const before = await snapshot(a.attemptId);
      const response = await commit(a.attemptId, a.cookie, body(crypto.randomUUID()));
      expect(response.status).toBe(400);
      const json = (await response.json()) as { result: string; errorCode: number; errorMessage: string };
      expect(json).toMatchObject({ result: "false", errorCode: code });
      expect(json.errorMessage.length).toBeGreaterThan(10);
      expect(await snapshot(a.attemptId)).toEqual(before);
    });
  }

  it("refuses a commit for another learner's attempt with 403", async () => {
    const owner = await launchedAttempt();
    const intruder = await createUser();
    const before = await snapshot(owner.attemptId);
    const response = await commit(owner.attemptId, await sessionCookieFor(intruder.id), envelope(crypto.randomUUID(), 1, { completion_status: "completed" }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ result: "false" });
    expect(await snapshot(owner.attemptId)).toEqual(before);
  });

  it("refuses a commit for a finished attempt with SCORM error 143", async () => {
    const a = await launchedAttempt();
    const end = await commit(a.attemptId, a.cookie, envelope(a.session, 1, { completion_status: "incomplete", exit: "normal" }, { terminate: true }));
    expect(end.status).toBe(200);
    const before = await snapshot(a.attemptId);
    expect(before.finishedAt).not.toBeNull();
    const late = await commit(a.attemptId, a.cookie, envelope(a.session, 2, { completion_status: "completed" }));
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({ result: "false", errorCode: 143 });
    expect(await snapshot(a.attemptId)).toEqual(before);
  });

  it("answers 401 without a session and 413 for a body over 1 MB", async () => {
    const a = await launchedAttempt();
    const anonymous = await fetch(`${baseUrl}/resources/scorm/commit/${a.attemptId}`, { method: "POST", body: envelope(a.session, 1, {}) });
    expect(anonymous.status).toBe(401);
    const huge = await commit(a.attemptId, a.cookie, "x".repeat(1024 * 1024 + 1));
    expect(huge.status).toBe(413);
  });
});
