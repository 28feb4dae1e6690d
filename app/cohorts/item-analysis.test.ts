import { describe, expect, it } from "vitest";
import type { QuestionKey } from "#app/content/lesson-manifest";
import { analyseItems } from "./item-analysis";

const key = (correct: number[]): QuestionKey => ({ id: "q1", type: "single", prompt: "?", options: [], correct, explanation: "" });

describe("analyseItems", () => {
  it("counts each learner's latest answer once and finds the most chosen wrong option", () => {
    const keys = new Map([["quiz/q1", key([1])]]);
    const stats = analyseItems(
      [
        { userId: "a", updatedAt: new Date(1), interactions: [{ id: "quiz/q1", learnerResponse: "0" }, { id: "quiz/q1", learnerResponse: "1" }] },
        { userId: "b", updatedAt: new Date(2), interactions: [{ id: "quiz/q1", learnerResponse: "1" }] },
        // b's later attempt replaces the earlier answer.
        { userId: "b", updatedAt: new Date(3), interactions: [{ id: "quiz/q1", learnerResponse: "2" }] },
        { userId: "c", updatedAt: new Date(2), interactions: [{ id: "quiz/q1", learnerResponse: "2" }, { id: "other/q9", learnerResponse: "0" }] },
        { userId: "d", updatedAt: new Date(2), interactions: [{ id: "quiz/q1", learnerResponse: "0" }] },
      ],
      keys,
    );
    expect(stats).toEqual([{ questionId: "quiz/q1", answered: 4, correct: 1, commonWrong: [2], commonWrongCount: 2 }]);
  });
});
