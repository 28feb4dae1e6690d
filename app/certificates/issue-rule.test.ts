import { describe, expect, it } from "vitest";
import type { CourseMeta } from "#app/content/course-schema";
import { addMonths, certificateDraft, evaluateCompletion, type AttemptOutcome } from "./issue-rule";
import { certificateStatus, needsRecertification } from "./certificate-status";

const course = {
  finalAssessment: "final",
  passingScore: 70,
  lessons: [
    { id: "intro", required: true },
    { id: "quiz", required: true },
    { id: "extra", required: false },
    { id: "final", required: true },
  ],
};

const attempt = (lessonId: string, completionStatus: string, successStatus = "unknown", scoreScaled: number | null = null): AttemptOutcome => ({
  lessonId,
  completionStatus,
  successStatus,
  scoreScaled,
});

describe("evaluateCompletion", () => {
  const lessonsDone = [attempt("intro", "completed"), attempt("quiz", "completed")];

  it("is met when every required lesson is done and the final is passed, with the best final score", () => {
    const result = evaluateCompletion(course, [...lessonsDone, attempt("final", "completed", "passed", 0.8), attempt("final", "completed", "passed", 0.9)]);
    expect(result).toEqual({ met: true, scorePercent: 90 });
  });

  it("ignores optional lessons", () => {
    expect(evaluateCompletion(course, [...lessonsDone, attempt("final", "completed", "passed", 0.7)]).met).toBe(true);
  });

  it("is not met while a required lesson is open", () => {
    expect(evaluateCompletion(course, [attempt("intro", "completed"), attempt("quiz", "incomplete"), attempt("final", "completed", "passed", 1)]).met).toBe(false);
  });

  it("is not met by a failed or under-threshold final assessment", () => {
    expect(evaluateCompletion(course, [...lessonsDone, attempt("final", "completed", "failed", 0.6)]).met).toBe(false);
    expect(evaluateCompletion(course, [...lessonsDone, attempt("final", "completed", "passed", 0.69)]).met).toBe(false);
  });

  it("does not count a completed lesson whose own test failed", () => {
    expect(evaluateCompletion(course, [attempt("intro", "completed"), attempt("quiz", "completed", "failed"), attempt("final", "completed", "passed", 1)]).met).toBe(false);
  });

  it("needs no score for a course without final assessment", () => {
    expect(evaluateCompletion({ ...course, finalAssessment: undefined }, [...lessonsDone, attempt("final", "completed")])).toEqual({ met: true, scorePercent: null });
  });
});

describe("addMonths", () => {
  it("adds calendar months in UTC and clamps to the end of a shorter month", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonths(new Date("2024-02-29T00:00:00Z"), 12).toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2026-11-15T08:30:00Z"), 36).toISOString()).toBe("2029-11-15T08:30:00.000Z");
  });
});

describe("certificateDraft", () => {
  const meta = {
    id: "ps-gifts",
    version: 3,
    tier: "private-sector",
    defaultLanguage: "en",
    title: "Gifts and hospitality",
    summary: "s",
    objectives: ["o"],
    translations: { fr: { title: "Cadeaux et invitations", summary: "s", objectives: ["o"] } },
    certificateValidityMonths: 12,
  } as unknown as CourseMeta;
  const issuedAt = new Date("2026-03-10T12:00:00Z");

  it("freezes the legal name, the title in the learner's language and a 12-month expiry", () => {
    const draft = certificateDraft({ user: { id: "u1", legalName: " Jose\u0301 Núñez ", locale: "fr" }, course: meta, cycle: 2, scorePercent: 85, issuedAt });
    expect(draft).toMatchObject({
      holderName: "José Núñez",
      courseTitle: "Cadeaux et invitations",
      locale: "fr",
      courseVersion: 3,
      tier: "private-sector",
      scorePercent: 85,
      certifiedTrainer: false,
      completionKey: "u1:ps-gifts:2",
    });
    expect(draft.expiresAt?.toISOString()).toBe("2027-03-10T12:00:00.000Z");
  });

  it("falls back to the course language, marks trainers, and leaves open-ended courses without expiry", () => {
    const draft = certificateDraft({
      user: { id: "u2", legalName: "王小明", locale: "zh" },
      course: { ...meta, tier: "train-the-trainer", certificateValidityMonths: null },
      cycle: 1,
      scorePercent: null,
      issuedAt,
    });
    expect(draft).toMatchObject({ courseTitle: "Gifts and hospitality", locale: "en", certifiedTrainer: true, expiresAt: null });
  });
});

describe("certificateStatus", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  it("derives expiry from the date, and lets revocation and replacement win", () => {
    expect(certificateStatus({ status: "valid", expiresAt: "2026-06-02T00:00:00Z" }, now)).toBe("valid");
    expect(certificateStatus({ status: "valid", expiresAt: null }, now)).toBe("valid");
    expect(certificateStatus({ status: "valid", expiresAt: "2026-05-31T00:00:00Z" }, now)).toBe("expired");
    expect(certificateStatus({ status: "revoked", expiresAt: "2026-05-31T00:00:00Z" }, now)).toBe("revoked");
    expect(certificateStatus({ status: "superseded", expiresAt: null }, now)).toBe("superseded");
  });

  it("asks for recertification within 90 days of expiry or after it", () => {
    expect(needsRecertification({ status: "valid", expiresAt: "2026-08-29T00:00:00Z" }, now)).toBe(true);
    expect(needsRecertification({ status: "valid", expiresAt: "2026-09-01T00:00:00Z" }, now)).toBe(false);
    expect(needsRecertification({ status: "valid", expiresAt: "2026-01-01T00:00:00Z" }, now)).toBe(true);
    expect(needsRecertification({ status: "revoked", expiresAt: "2026-07-01T00:00:00Z" }, now)).toBe(false);
    expect(needsRecertification({ status: "valid", expiresAt: null }, now)).toBe(false);
  });
});
