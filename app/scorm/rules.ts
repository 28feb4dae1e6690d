import type { QuestionKey } from "#app/content/lesson-manifest";

/** What the server keeps of an attempt's status; the browser's claims are inputs, not facts. */
export type AttemptStatus = {
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  /** Per browser session: its highest commit number and its latest session time. */
  sessions: Record<string, { seq: number; timeCs: number }>;
};

export type ClaimedStatus = {
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  progressMeasure: number | null;
};

export type Interaction = { id: string; learnerResponse: string };

export type LessonRules = {
  /** Our own MDX lessons: every question's key, keyed `${quizId}/${questionId}`. Null for imported packages. */
  answerKey: Map<string, QuestionKey> | null;
  /** Scaled score needed to pass, when the lesson is graded. */
  scaledPassingScore: number | null;
  /** SCORM 2004 completion threshold from the package manifest. */
  completionThreshold: number | null;
};

export type Commit = { session: string; seq: number; sessionTimeCs: number; claimed: ClaimedStatus; interactions: Interaction[] };

/** A commit that is not newer than what its session already delivered changes nothing. */
export function isStaleCommit(status: AttemptStatus, commit: Pick<Commit, "session" | "seq">) {
  const known = status.sessions[commit.session];
  return known !== undefined && commit.seq <= known.seq;
}

export function totalTimeCs(sessions: AttemptStatus["sessions"]) {
  return Object.values(sessions).reduce((sum, s) => sum + s.timeCs, 0);
}

/**
 * Re-scores quiz answers against the key the server holds: a score or `passed` sent by the
 * browser is never believed for our own lessons.
 */
export function scoreAnswers(answerKey: Map<string, QuestionKey>, interactions: Interaction[]) {
  const latest = new Map<string, string>();
  for (const interaction of interactions) latest.set(interaction.id, interaction.learnerResponse);
  let correct = 0;
  for (const [id, key] of answerKey) {
    const response = latest.get(id);
    if (response !== undefined && sameChoices(parseChoiceResponse(response), key.correct)) correct += 1;
  }
  const answered = [...answerKey.keys()].filter((id) => latest.has(id)).length;
  return { correct, answered, total: answerKey.size, scaled: answerKey.size ? correct / answerKey.size : null };
}

/** Choice responses are option indices joined by the SCORM 2004 delimiter `[,]`. */
export function parseChoiceResponse(response: string) {
  return response === "" ? [] : response.split("[,]").map((part) => Number(part));
}

function sameChoices(a: number[], b: number[]) {
  if (a.length !== b.length) return false;
  const sorted = [...a].sort((x, y) => x - y);
  return [...b].sort((x, y) => x - y).every((value, i) => sorted[i] === value);
}

/** The next stored status after a commit: pure, so every rule is unit-tested without a request. */
export function applyCommit(previous: AttemptStatus, commit: Commit, rules: LessonRules): AttemptStatus {
  const sessions = {
    ...previous.sessions,
    [commit.session]: {
      seq: commit.seq,
      // Session time only grows within a session; a late, smaller report never shrinks it.
      timeCs: Math.max(previous.sessions[commit.session]?.timeCs ?? 0, commit.sessionTimeCs),
    },
  };

  let completion = commit.claimed.completionStatus;
  let success = commit.claimed.successStatus;
  let scoreScaled = commit.claimed.scoreScaled;

  if (rules.answerKey) {
    const score = scoreAnswers(rules.answerKey, commit.interactions);
    const allAnswered = score.answered === score.total;
    scoreScaled = score.total > 0 ? score.scaled : null;
    // A lesson with questions is complete only when every question has an answer on record.
    if (completion === "completed" && !allAnswered) completion = "incomplete";
    success =
      rules.scaledPassingScore !== null && allAnswered && scoreScaled !== null
        ? scoreScaled >= rules.scaledPassingScore
          ? "passed"
          : "failed"
        : "unknown";
  } else {
    if (rules.completionThreshold !== null && commit.claimed.progressMeasure !== null) {
      completion = commit.claimed.progressMeasure >= rules.completionThreshold ? "completed" : "incomplete";
    }
    if (rules.scaledPassingScore !== null && scoreScaled !== null) {
      success = scoreScaled >= rules.scaledPassingScore ? "passed" : "failed";
    }
  }

  // Completion and a pass are never taken back within an attempt.
  if (previous.completionStatus === "completed") completion = "completed";
  if (previous.successStatus === "passed") {
    success = "passed";
    scoreScaled = Math.max(scoreScaled ?? 0, previous.scoreScaled ?? 0);
  }
  return { completionStatus: completion, successStatus: success, scoreScaled, sessions };
}
