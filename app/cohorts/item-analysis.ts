import type { QuestionKey } from "#app/content/lesson-manifest";

export type AnsweredInteraction = { id: string; learnerResponse: string };
export type LearnerAttempt = { userId: string; updatedAt: Date; interactions: AnsweredInteraction[] };

export type ItemStats = {
  questionId: string;
  answered: number;
  correct: number;
  /** Option indices of the most chosen wrong answer, or null when nobody answered wrongly. */
  commonWrong: number[] | null;
  commonWrongCount: number;
};

const parseChoices = (response: string) =>
  response === "" ? [] : response.split("[,]").map(Number).filter(Number.isInteger).sort((a, b) => a - b);

const sameChoices = (a: number[], b: number[]) => a.length === b.length && [...b].sort((x, y) => x - y).every((v, i) => v === a[i]);

/**
 * Item analysis from stored interactions: each learner counts once per question, with their
 * latest answer (the last interaction of their most recently updated attempt). Correctness is
 * judged against the server's key, never the `result` the browser reported.
 */
export function analyseItems(attempts: LearnerAttempt[], keys: Map<string, QuestionKey>): ItemStats[] {
  const latest = new Map<string, Map<string, number[]>>();
  for (const attempt of [...attempts].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())) {
    for (const interaction of attempt.interactions) {
      if (!keys.has(interaction.id)) continue;
      const answers = latest.get(interaction.id) ?? new Map<string, number[]>();
      answers.set(attempt.userId, parseChoices(interaction.learnerResponse));
      latest.set(interaction.id, answers);
    }
  }
  return [...keys].map(([questionId, key]) => {
    const answers = [...(latest.get(questionId)?.values() ?? [])];
    const wrong = new Map<string, { choices: number[]; count: number }>();
    let correct = 0;
    for (const choices of answers) {
      if (sameChoices(choices, key.correct)) correct++;
      else {
        const id = choices.join(",");
        wrong.set(id, { choices, count: (wrong.get(id)?.count ?? 0) + 1 });
      }
    }
    // Ties go to the answer first seen, which keeps the display stable between refreshes.
    const mode = [...wrong.values()].reduce<{ choices: number[]; count: number } | null>((best, w) => (!best || w.count > best.count ? w : best), null);
    return { questionId, answered: answers.length, correct, commonWrong: mode?.choices ?? null, commonWrongCount: mode?.count ?? 0 };
  });
}
